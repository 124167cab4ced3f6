import { ORDER_COMPLETE } from './order-complete.ts';
import { PhraseSet } from './phrase-set.ts';

/** Word sequences that signal each intent (generic restaurant language; nothing venue-specific). */
const p = (s: string) => new PhraseSet(s.split('|'));

/**
 * Casual verbs of adding to an order ("throw in some hash browns", "chuck in a coke", "stick on some
 * onion rings"): order verbs, and beside a dish the scope classifier reads them as "add".
 */
const CASUAL_ADD =
  'throw in|throw on|chuck in|chuck on|toss in|toss on|stick on|stick in|pop in|pop on|bung in|bung on|whack in|whack on|tack on|slap on|sling in|add in|add on';
export const CASUAL_ADD_VERBS = p(CASUAL_ADD);

/**
 * Words that ask the house for a pick ("what do you recommend", "surprise me"); a bare "something" is no
 * such ask on its own: "something vegan" asks for the vegan dishes, "something light" for a mood's pick.
 */
const RECOMMEND_ASK =
  'recommend|recommendation|recommendations|suggest|suggestion|suggestions|what is good|what is popular|popular|best seller|bestseller|best selling|your favorite|favourite|specialty|speciality|signature|what should i|what should we|what i should|what we should|what to eat|what to order|what to get|what would you get|surprise me|in the mood for|i feel like|feeling like|craving|what is nice|what do you like|chef special|must try|what goes well|pair with|goes with|best|your best|the best|top pick|top picks|house special|must have|worth trying|anything good|something good|anything nice|something nice|anything tasty|something tasty';
export const RECOMMEND_ASKS = p(RECOMMEND_ASK);

export const CUES = {
  greet: p(
    'gday|good day to you|hi|hello|hey|hiya|heya|howdy|good morning|good afternoon|good evening|greetings|hey there|hi there|morning|evening|good day|yo|sup|wassup|what is up|whats up',
  ),
  /** "how are you", "nice to see you": a greeting wherever it sits in a short message. */
  howAreYou: p(
    'how are you|how are you doing|how is it going|hows it going|how is it goin|how are things|how have you been|how do you do|how are ya|how you doing|nice to see you|good to see you|great to see you|nice to meet you|pleased to meet you|good to meet you',
  ),
  goodbye: p(
    'byebye|bye now|ciao|cheerio|adios|toodles|ta ta|i am outta here|signing off|logging off|heading off|i am heading off now|night night|peace|nighty night|bye|goodbye|good bye|bye bye|see you|see ya|good night|goodnight|take care|farewell|have a nice day|have a good day|have a good one|talk to you later|gotta go|i have to go|i am off|so long|thanks for the chat|thanks for chatting|thanks for talking|thank you for chatting|thank you for talking|thank you for the chat|nice talking|nice chatting|great talk|good talk|great chat|good chat|take it easy|i need to go|i got to go|i must go|i should go|i have to leave|i need to leave|i got to run|gotta run|catch you later|see you later|talk later|later then|laters|peace out|i am leaving|i am heading off|i am heading out',
  ),
  thanks: p(
    'thankyou|thanku|thanks|thank you|thank u|ty|cheers|much appreciated|appreciate it|i appreciate|appreciate that|many thanks|grateful|very helpful|thx|thanx|tnx|ta|ta very much|good job|great job|nice job|well done|nice work|good work|great work|really helpful|so helpful|been helpful|you are the best|you rock',
  ),
  /** How a dish is to be cooked ("well done", "extra crispy"): after an order line, a kitchen instruction, not praise. */
  cookingDegree: p(
    'well done|extra well done|very well done|medium well|medium rare|rare|crispy|extra crispy|well cooked|well baked|lightly baked|lightly done|extra toasted|toasted|burnt|charred|extra charred',
  ),
  /** A yes that only acknowledges ("ok thanks", "great job"): a thanks after it is the message. */
  acknowledge: p('ok|okay|alright|all right|great|cool|perfect|awesome|nice|good|fine|lovely'),
  botChallenge: p(
    'who am i talking to|who am i speaking to|who am i chatting with|who is this|typing this|typing these|writing this|person typing|human typing|someone typing|behind the screen|are you a bot|are you a robot|are you human|are you a human|are you real|are you a real person|are you an ai|are you a computer|are you a machine|am i talking to a|am i speaking to a|am i chatting with a|is this a bot|is this a real person|is this automated|is this a human|are you a person|is this an ai|are you automated|automated|chatbot|a bot|a robot|an ai|bot or|human or|or a bot|or a robot|or a human|or a person',
  ),
  capabilities: p(
    'what do you help with|what can this bot do|what can the bot do|what does this bot do|what can this chat do|what can this assistant do|your features|what features|what is this for|what is this bot for|what can you do|what can i ask|what can you help|how can you help|what are you able|what are your capabilities|what can i say|what do you do|what else can you do|help me with anything|what are you for|what are you good for|what else can you help',
  ),
  help: p(
    'help|help me|how does this work|how do i order|how do i use|i am confused|i am lost|instructions|i need help|i do not understand|how do this work',
  ),
  affirm: p(
    'mhmm|mmhmm|mm hmm|cool|cool cool|okay dokie|okay dokey|yeah sure|yes yes|yes|yeah|yep|yup|ya|yea|sure|ok|okay|k|correct|right|that is right|absolutely|definitely|of course|go ahead|go for it|place it|confirm|confirmed|sounds good|perfect|great|do it|please do|alright|all right|affirmative|exactly|that is correct|looks good|fine|yes please|sure thing|why not|certainly|indeed|agreed|i agree|that works|works for me|lets do it|let us do it|place the order|send it|for sure|sounds great|that is it|that is what i want|uh huh|mhm',
  ),
  deny: p(
    'no|nope|nah|not really|wait|hold on|no thanks|no thank you|not now|negative|that is wrong|incorrect|not right|hang on|stop|not yet|i do not think so|not quite|wrong|do not|i do not|not true|nay|not that|not correct|i disagree|no way|absolutely not|definitely not|certainly not|i do not want|rather not|prefer not|i would rather not|i would prefer not|i would not|i will pass|not today',
  ),
  /**
   * "all good", "I'm good", "we're all set": nothing more is needed. At a question it declines (no notes,
   * nothing else, no thanks); never a greeting.
   */
  noNeed: p(
    'all good|all fine|i am good|we are good|i am all good|we are all good|i am fine|we are fine|i am all fine|i am ok|i am okay|we are ok|we are okay|i am sorted|we are sorted|i am good thanks|it is all good|that is all good|all good here|good for now|i am good for now|we are good for now',
  ),
  /** "all good", "that's all good": said of the order rather than of oneself; at "shall I place it?", a yes. */
  allGood: p('all good|all fine|it is all good|that is all good|all good here|looks all good|all looks good'),
  cancel: p(
    'drop everything|drop it all|reset|reset it|clear everything|clear it all|clear all|wipe it|wipe everything|start from scratch|scrap|scrap everything|scratch that|scratch everything|cancel|never mind|nevermind|nvm|forget the whole thing|forget everything|cancel it all|cancel all|forget it|forget about it|start over|scrap that|scrap it|abort|cancel that|cancel my order|cancel the order|clear my cart|clear the cart|empty my cart|empty the cart|restart|start again|stop|quit|be quiet|stop talking|stop that|forget my previous|negate|cancel everything|cancel it|call it off|drop it|undo',
  ),
  repeat: p(
    'repeat|say that again|say again|come again|pardon|what did you say|once more|i did not catch|i did not hear|say it again|one more time|what was that|sorry what|repeated|say that over|ask the question again|what was the question|i missed|what did you just|did not understand what you|repeat that|could you repeat|can you repeat|please repeat|say what|huh',
  ),
  /** A first-person recap request ("what did i get", "read it back"): the cart, or the placed order after placing. */
  showCart: p(
    'my cart|my basket|my order so far|what is in my cart|what is in my order|show cart|show my order|what did i order|what have i ordered|what is my total|my total|review my order|order summary|what do i have so far|what have i got|read back my order|read my order|the total|my bill|how much do i owe|what is in the cart|show me the cart|view cart|see my order|see my cart|what did i get|what have i added|what did i add|what did i pick|what have i picked|what i picked|what i have so far|what i got so far|what i ordered|what i have ordered|read the order back|read it back|read back the order|read back what|recap my order|recap the order|go over my order|go over the order|what is in the basket|what is in the order|what is left in my order|what is left in my cart|what is left in the order|what is left in the cart|what is still in my order|what is still in my cart|my tab|what is on my tab',
  ),
  checkout: p(
    [
      'checkout|check out|i am done|done|place my order|place order|ready to pay|pay now|proceed to payment|proceed to checkout|complete my order|complete the order|finish my order|finish the order|finalize|finalise|confirm my order|confirm the order|submit my order|submit order|i want to pay|let me pay|go to checkout|that would be all',
      ...ORDER_COMPLETE,
    ].join('|'),
  ),
  orderStatus: p(
    'what is the status|status|status update|any update on my order|any updates on my order|when would my order|when would my food|when would it be ready|when would it arrive|when is it ready|when is my food ready|when will it be done|how long would it take|how long does it take|how long till it is ready|how long until it is ready|how soon will it be ready|how soon can i get it|where is my order|where is my food|order status|status of my order|track my order|tracking|track the order|when will my order|when will my food|is my order ready|how long will my order|how long until my|has my order|how long will it take|how long for my|when will it arrive|when will it be ready|is it on the way|where is my delivery|where is the driver|my order is late|order is late|still waiting for my|when does my order|on the way|on its way|out for delivery|been dispatched|dispatched|arriving|order ready|food ready|ready yet|when will my delivery|when is my delivery|when does my delivery|has my delivery|has my food|my delivery get here|my order get here|my food get here|my delivery arrive|where is my meal|where is my stuff|how is my order|how is my food|how is my delivery|order coming along|food coming along|coming along|how much longer|how long now|how long left|how much more time|any news on my order|any news on my food|progress on my order|is my order coming|is my food coming|my order on the way|my food on the way',
  ),
  handoff: p(
    'human|real person|a person|an agent|agent|staff|manager|representative|operator|speak to someone|talk to someone|speak with someone|talk with someone|customer service|customer support|someone real|live agent|call me|somebody|someone i can call|someone i can talk to|someone i can speak to|somebody i can call|anyone i can call|anyone i can talk to|a number i can call|number to call|the restaurant directly|someone at the restaurant|someone there|the owner|an actual human|a real human|an actual person',
  ),
  handoffVerb: p(
    'talk|speak|connect|transfer|get|want|need|put me through|let me|can i|chat|help me|help us|can a|could a|i can call|i can talk|i can speak|to call',
  ),
  chitchat: p(
    'funny story|funny stories|something funny|what is your name|who are you|tell me a joke|joke|jokes|how old are you|where are you from|who made you|who built you|fun fact|what are you doing|do you like|your favorite|i am bored|tell me something|tell me a story',
  ),
  /** Laughter: alone (or nearly), small talk; beside an order, only a tone of voice. */
  laugh: p('lol|lmao|lmfao|rofl|haha|hahaha|hehe|ha ha|hah'),
  /** "what can I eat?", "what's safe for me?": after a stated diet or allergy, a request for the dishes that fit. */
  safeToEat: p(
    'what can i eat|what can i have|what could i eat|what could i have|what is safe|what would be safe|safe for me|safe to eat|ok for me|okay for me|what can i order|what are my options|what options do i have|what should i avoid|what works for me',
  ),
  recommend: p(`${RECOMMEND_ASK}|something`),
  browse: p(
    'menu|what do you have|do you have|what do you serve|what do you sell|what do you offer|what have you got|what you got|show me|what are the options|what options|what kind of|what kinds of|what types of|what type of|what sort of|list|options|do you have any|do you serve|do you sell|do you offer|do you do|do you make|anything|any|which|what are your|what else|what is available|available|choices|selection|range of|what can i eat|what is safe|safe for me|safe to eat|what are my options|what options do i have',
  ),
  itemInfo: p(
    'what is in|what is on|what comes in|what comes with|come with|comes with|ingredients|ingredient|made with|made of|made from|contain|contains|is it|is that|is this|is the|are they|are the|how much is|how much are|how much does|how much for|how much do|price|prices|cost|costs|how spicy|how hot|how big|how large|how many pieces|tell me about|describe|what is the|what are the|allergens|allergen|calories|portion|serving|is there|are there|does it have|does the|do the|vegan|vegetarian|gluten free|halal|spicy',
  ),
  orderVerb: p(
    `i want|i would like|i will have|i will take|i will get|i will do|can i get|could i get|can i have|could i have|may i have|may i get|give me|get me|i need|order|add|i would love|let me get|let me have|let me try|bring me|bring us|please bring|i take|i would take|i would have|i would go with|i will go with|i go with|i want to order|put in|gimme|grab|send me|make me|i am getting|we want|we would like|we will have|we will take|can we get|could we get|can we have|i am going to have|i am gonna have|i am going to get|and a|and an|plus a|also a|${CASUAL_ADD}`,
  ),
  update: p(
    'actually|make that|make it|make them|make those|make these|make this|make the|make my|change the|change|instead|i meant|i mean|switch|swap|replace|correction|rather|no make it|update|modify|upgrade|upsize',
  ),
  remove: p('remove|delete|take off|take out|drop|ditch|scrap|nix|get rid of|no more|cancel the|minus'),
  question: p(
    'what|which|how|is|are|do|does|can you|could you|will you|would you|where|when|why|who|any|anything',
  ),
} as const;

/** What "it" can be asked about: "is it spicy", "how much is it"; not "what time is it". */
export const PRONOUN_INFO = p(
  'in it|in that|in this|in them|spicy|hot|mild|fiery|kick|vegan|vegetarian|veg|gluten|dairy|halal|contain|contains|ingredients|price|cost|costs|how much|made|allergen|allergens|nut|nuts|sweet|how big|come with|comes with|served with|include|includes|available|in stock|good|popular|taste|fresh|portion|serve|healthy|calories',
);

/** Words that belong to ordering talk: they count as understood when judging how much of a message was understood. */
export const ORDER_TALK = new Set(
  `x want like get have take order add need give please make change remove delete swap switch instead meant actually
  love thanks thank price prices cost costs much many spicy ingredients contain contains made recommend suggest good
  best popular try menu options available anything something show tell about also size sized large small medium
  extra hold put just think maybe ok okay sure hey hi um uh yes yeah bring today tonight cart basket total
  lets let going gonna order ordering another more one kind type sort whats hungry craving fancy feel feeling mood
  actually really sorry wait oh well great awesome cool nice perfect`.split(/\s+/),
);
