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
    id: 'area',
    terms: ['house', 'home', 'my door', 'area', 'areas', 'neighbourhood', 'neighborhood', 'zip', 'zipcode', 'zip code', 'postcode', 'postal code', 'miles', 'how far', 'far', 'distance', 'radius', 'town', 'campus', 'live'],
  },
  {
    id: 'address',
    terms: ['address', 'located', 'location', 'where are you', 'where is', 'street', 'corner', 'directions', 'find you', 'get there', 'across from'],
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
    terms: ['pay', 'paying', 'payment', 'payments', 'card', 'cards', 'cash', 'wallet', 'wallets', 'check', 'cheque', 'upi', 'venmo', 'paypal', 'tap', 'accept', 'take'],
  },
  {
    id: 'card-brand',
    terms: ['visa', 'mastercard', 'master card', 'amex', 'american express', 'discover', 'credit', 'debit', 'credit card', 'debit card'],
  },
  {
    id: 'digital-wallet',
    terms: ['apple pay', 'google pay', 'samsung pay', 'wallet', 'wallets', 'digital wallet', 'phone pay', 'tap to pay'],
  },
  {
    id: 'delivery-apps',
    terms: ['doordash', 'door dash', 'uber eats', 'ubereats', 'grubhub', 'deliveroo', 'postmates', 'third-party', 'third party', 'app', 'apps'],
  },
  {
    id: 'cutlery',
    terms: ['fork', 'forks', 'knife', 'knives', 'spoon', 'spoons', 'cutlery', 'utensils', 'silverware', 'napkins', 'plates', 'chopsticks', 'straws'],
  },
  {
    id: 'children',
    terms: ['kid', 'kids', 'children', 'child', 'baby', 'toddler', 'toddlers', 'son', 'daughter', 'high chair', 'high chairs', 'booster'],
  },
  {
    id: 'history',
    terms: ['opened', 'since', 'founded', 'been around', 'how long have', 'history', 'established', 'years', 'story', 'began', 'started'],
  },
  {
    id: 'outdoor',
    terms: ['sit outside', 'eat outside', 'outside seating', 'outdoor', 'outdoors', 'al fresco', 'patio', 'terrace', 'garden'],
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
    terms: ['gluten', 'celiac', 'coeliac', 'wheat', 'gf', 'gluten free', 'gluten-free', 'flour'],
  },
  { id: 'milk', terms: ['milk', 'dairy', 'lactose', 'cheese', 'cream', 'butter', 'ghee', 'yogurt', 'yoghurt'] },
  { id: 'eggs', terms: ['egg', 'eggs', 'mayo', 'mayonnaise', 'egg-free'] },
  { id: 'fish', terms: ['fish', 'anchovy', 'anchovies', 'salmon', 'tuna', 'cod'] },
  { id: 'shellfish', terms: ['shellfish', 'crustacean', 'crustaceans', 'shrimp', 'prawn', 'prawns', 'crab', 'lobster'] },
  { id: 'molluscs', terms: ['mollusc', 'molluscs', 'mollusk', 'mollusks', 'squid', 'calamari', 'mussels', 'clams', 'oysters', 'octopus'] },
  { id: 'sesame', terms: ['sesame', 'tahini'] },
  { id: 'soy', terms: ['soy', 'soya', 'tofu', 'edamame'] },
  { id: 'mustard', terms: ['mustard'] },
  { id: 'celery', terms: ['celery', 'celeriac'] },
  { id: 'sulphites', terms: ['sulphite', 'sulphites', 'sulfite', 'sulfites', 'sulphur', 'sulfur'] },
  {
    id: 'nuts',
    terms: ['nut', 'nuts', 'peanut', 'peanuts', 'tree nut', 'tree nuts', 'almond', 'almonds', 'cashew', 'cashews', 'pine nut', 'walnut', 'pecan', 'pistachio'],
  },
  {
    id: 'allergy',
    terms: ['allergy', 'allergies', 'allergic', 'allergen', 'allergens', 'intolerance', 'intolerant', 'cross contact', 'cross contamination', 'cross-contamination', 'shared', 'safe', 'contain', 'contains', 'epipen', 'anaphylaxis'],
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
    terms: ['spicy', 'spice', 'spiciest', 'hot', 'hottest', 'heat', 'kick', 'mild', 'chili', 'chilli', 'fiery', 'burn'],
  },
  {
    id: 'alcohol',
    terms: ['byob', 'alcohol', 'alcoholic', 'wine', 'beer', 'liquor', 'booze', 'drinks license', 'corkage', 'bring your own', 'cocktail', 'cocktails'],
  },
  {
    id: 'refund',
    terms: ['refund', 'refunds', 'refunded', 'money back', 'reimburse', 'compensation', 'wrong', 'wrong order', 'wrong item', 'missing', 'forgot', 'forgotten', 'forget', 'left out', 'never arrived', 'never came', 'complaint', 'complain', 'cold', 'burnt', 'burned', 'soggy', 'mushy', 'undercooked', 'raw', 'stale', 'bad', 'terrible', 'mistake', 'problem', 'issue', 'credit back', 'store credit'],
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
    terms: ['how long', 'how long does', 'how long will', 'wait', 'waiting', 'minutes', 'ready', 'quick', 'fast', 'eta', 'estimate', 'take long', 'usually'],
  },
  {
    id: 'advance',
    terms: ['notice', 'ahead', 'how far ahead', 'far ahead', 'how far in advance', 'in advance', 'advance', 'pre-order', 'preorder', 'schedule', 'scheduled', 'later', 'days'],
  },
  {
    id: 'parking',
    terms: ['parking', 'park', 'car', 'lot', 'parking lot', 'bike', 'bicycle', 'transit', 'bus', 'train', 'light rail'],
  },
  {
    id: 'access',
    terms: ['wheelchair', 'accessible', 'accessibility', 'step-free', 'ramp', 'disabled', 'restroom', 'bathroom', 'toilet', 'stroller'],
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
    terms: ['dine in', 'dine-in', 'eat in', 'sit down', 'sit-down', 'inside', 'seats', 'seating'],
  },
  {
    id: 'receipt',
    terms: ['receipt', 'invoice', 'bill', 'split', 'itemised', 'itemized', 'net 30', 'net-30'],
  },
];
