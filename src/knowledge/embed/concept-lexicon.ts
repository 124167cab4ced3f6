/**
 * Generic restaurant concepts: words and phrases customers and venues use for the same thing, so a
 * paraphrase ("bring it to my house") meets the passage ("Delivery fee") in the hashing embedder's
 * space. Terms are matched after lower-casing and stemming (phrases word by word). Nothing here names a
 * venue, a dish or a sentence of any dataset; add a concept when a whole kind of question misses.
 */
export interface Concept {
  /** Stable id, hashed as an extra feature (`c:<id>`). */
  id: string;
  /** Words or phrases that express it. */
  terms: readonly string[];
}

export const CONCEPT_LEXICON: readonly Concept[] = [
  {
    id: 'delivery',
    terms: ['deliver', 'delivery', 'deliveries', 'delivered', 'bring', 'drop off', 'dropoff', 'ship', 'send over', 'driver', 'courier', 'to my door', 'doordash', 'ubereats'],
  },
  {
    id: 'location',
    terms: ['house', 'home', 'door', 'address', 'area', 'areas', 'neighbourhood', 'neighborhood', 'zip', 'zipcode', 'postcode', 'postal code', 'where', 'located', 'location', 'street', 'miles', 'far', 'distance', 'radius', 'town', 'city', 'campus', 'near', 'nearby', 'directions', 'find you'],
  },
  {
    id: 'hours',
    terms: ['open', 'opens', 'opening', 'close', 'closes', 'closing', 'closed', 'hours', 'time', 'times', 'tonight', 'today', 'tomorrow', 'late', 'early', 'until', 'till', 'schedule', 'am', 'pm', 'last order', 'last orders'],
  },
  {
    id: 'day',
    terms: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'weekday', 'weekdays', 'weekends', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  },
  {
    id: 'holiday',
    terms: ['holiday', 'holidays', 'christmas', 'xmas', 'thanksgiving', 'new year', 'easter', 'eve', 'independence day', 'july 4', 'fourth of july', 'diwali', 'memorial day', 'labor day'],
  },
  {
    id: 'payment',
    terms: ['pay', 'paying', 'payment', 'payments', 'card', 'cards', 'credit', 'debit', 'cash', 'wallet', 'wallets', 'apple pay', 'google pay', 'visa', 'mastercard', 'amex', 'american express', 'discover', 'check', 'cheque', 'upi', 'venmo', 'paypal', 'contactless pay', 'tap'],
  },
  {
    id: 'cost',
    terms: ['fee', 'fees', 'charge', 'charges', 'cost', 'costs', 'price', 'prices', 'how much', 'extra', 'surcharge', 'expensive', 'cheap', 'dollars', 'bucks', 'rate', 'free'],
  },
  {
    id: 'minimum',
    terms: ['minimum', 'min', 'least', 'at least', 'smallest', 'spend', 'subtotal'],
  },
  {
    id: 'tax-tip',
    terms: ['tax', 'taxes', 'tip', 'tips', 'tipping', 'gratuity', 'service charge'],
  },
  {
    id: 'gluten',
    terms: ['gluten', 'celiac', 'coeliac', 'wheat', 'gf', 'gluten free', 'gluten-free'],
  },
  {
    id: 'nuts',
    terms: ['nut', 'nuts', 'peanut', 'peanuts', 'tree nut', 'tree nuts', 'almond', 'almonds', 'cashew', 'cashews', 'pine nut', 'walnut', 'pecan', 'pistachio'],
  },
  {
    id: 'allergy',
    terms: ['allergy', 'allergies', 'allergic', 'allergen', 'allergens', 'intolerance', 'intolerant', 'cross contact', 'cross contamination', 'cross-contamination', 'shared', 'safe', 'contain', 'contains', 'epipen', 'anaphylaxis', 'sesame', 'soy', 'shellfish', 'dairy', 'lactose', 'egg', 'eggs', 'mustard'],
  },
  {
    id: 'vegan',
    terms: ['vegan', 'vegans', 'plant-based', 'plant based', 'dairy-free', 'dairy free', 'no dairy', 'no animal', 'animal products'],
  },
  {
    id: 'vegetarian',
    terms: ['vegetarian', 'veggie', 'veg', 'meatless', 'no meat', 'meat free', 'meat-free', 'pescatarian'],
  },
  {
    id: 'meat',
    terms: ['meat', 'pork', 'beef', 'chicken', 'halal', 'kosher', 'gelatin', 'lamb'],
  },
  {
    id: 'spice',
    terms: ['spicy', 'spice', 'hot', 'heat', 'mild', 'chili', 'chilli', 'fiery', 'burn'],
  },
  {
    id: 'alcohol',
    terms: ['byob', 'alcohol', 'alcoholic', 'wine', 'beer', 'liquor', 'booze', 'drinks license', 'corkage', 'bring your own', 'cocktail', 'cocktails'],
  },
  {
    id: 'refund',
    terms: ['refund', 'refunds', 'money back', 'reimburse', 'compensation', 'wrong order', 'wrong item', 'missing', 'complaint', 'complain', 'cold', 'burnt', 'late', 'mistake', 'problem', 'credit back', 'store credit'],
  },
  {
    id: 'cancel',
    terms: ['cancel', 'cancelled', 'canceled', 'cancellation', 'cancelling', 'canceling', 'change my order', 'call off'],
  },
  {
    id: 'catering',
    terms: ['catering', 'cater', 'caterer', 'party', 'parties', 'event', 'events', 'large order', 'big order', 'group', 'groups', 'office', 'wedding', 'birthday', 'team', 'crowd', 'people', 'guests', 'feed', 'feeds', 'package', 'packages', 'pack', 'packs', 'banquet'],
  },
  {
    id: 'reservation',
    terms: ['reservation', 'reservations', 'reserve', 'book', 'booking', 'table', 'walk in', 'walk-in', 'walk-ins', 'seats', 'seating', 'private dining', 'private room'],
  },
  {
    id: 'contact',
    terms: ['phone', 'call', 'number', 'email', 'e-mail', 'contact', 'reach', 'text', 'website', 'manager', 'talk to'],
  },
  {
    id: 'pickup',
    terms: ['pickup', 'pick up', 'picked up', 'collect', 'collection', 'takeaway', 'takeout', 'take out', 'to go', 'carry out', 'carryout', 'curbside', 'grab'],
  },
  {
    id: 'wait',
    terms: ['how long', 'wait', 'waiting', 'minutes', 'ready', 'quick', 'fast', 'eta', 'estimate', 'take long'],
  },
  {
    id: 'advance',
    terms: ['notice', 'ahead', 'in advance', 'advance', 'pre-order', 'preorder', 'schedule', 'scheduled', 'later', 'tomorrow', 'days'],
  },
  {
    id: 'parking',
    terms: ['parking', 'park', 'car', 'lot', 'parking lot', 'bike', 'bicycle', 'transit', 'bus', 'train', 'light rail'],
  },
  {
    id: 'access',
    terms: ['wheelchair', 'accessible', 'accessibility', 'step-free', 'ramp', 'disabled', 'restroom', 'bathroom', 'toilet', 'high chair', 'high chairs', 'stroller', 'kids', 'children', 'child', 'baby'],
  },
  {
    id: 'pets',
    terms: ['dog', 'dogs', 'pet', 'pets', 'service animal', 'animals'],
  },
  {
    id: 'wifi',
    terms: ['wifi', 'wi-fi', 'internet', 'password', 'network'],
  },
  {
    id: 'gift',
    terms: ['gift card', 'gift cards', 'voucher', 'vouchers', 'gift certificate'],
  },
  {
    id: 'jobs',
    terms: ['job', 'jobs', 'hiring', 'work', 'career', 'careers', 'apply', 'employment', 'vacancy'],
  },
  {
    id: 'owner',
    terms: ['owner', 'owners', 'chef', 'founded', 'since', 'history', 'story', 'who runs', 'family'],
  },
  {
    id: 'sourcing',
    terms: ['organic', 'local', 'locally', 'sourced', 'farm', 'farms', 'sustainable', 'fresh', 'produce', 'compostable', 'recyclable', 'packaging', 'environment'],
  },
  {
    id: 'discount',
    terms: ['discount', 'discounts', 'deal', 'deals', 'special', 'specials', 'offer', 'offers', 'promo', 'coupon', 'coupons', 'happy hour', 'lunch special', 'off'],
  },
  {
    id: 'lunch',
    terms: ['lunch', 'brunch', 'breakfast', 'dinner', 'midday', 'noon'],
  },
  {
    id: 'dine-in',
    terms: ['dine in', 'dine-in', 'eat in', 'sit down', 'sit-down', 'inside', 'patio', 'outdoor', 'outside seating', 'terrace'],
  },
  {
    id: 'receipt',
    terms: ['receipt', 'invoice', 'bill', 'split', 'itemised', 'itemized', 'net 30', 'net-30'],
  },
];
