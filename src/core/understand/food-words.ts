/**
 * A general list of dish and food words (singular, lowercase), shipped with the engine and never taken
 * from a venue: a word here that the venue's menu does not know is a dish this venue does not have
 * ("got any lasagna?", "a chicken burrito" at a pizzeria), answered with "we don't have that" and the
 * nearest dishes, rather than read as out of scope. Words that are also everyday words (e.g. "roll",
 * "club", "sub") are left out; plurals fold to these forms.
 */
export const FOOD_WORDS: ReadonlySet<string> = new Set(
  `lasagna lasagne spaghetti penne fettuccine linguine rigatoni ravioli tortellini gnocchi macaroni carbonara
  alfredo bolognese risotto pasta noodle ramen udon soba pho laksa lo mein chow mein pad thai
  calzone stromboli focaccia bruschetta panini panino ciabatta baguette croissant bagel muffin scone donut
  doughnut pancake waffle crepe omelette omelet frittata quiche toast brioche pretzel
  burrito taco quesadilla enchilada fajita nacho tamale tostada chimichanga churro tortilla salsa guacamole
  burger hamburger cheeseburger hotdog sandwich hoagie wrap gyro shawarma kebab kabob falafel pita hummus
  sushi sashimi maki nigiri tempura teriyaki katsu bento gyoza dumpling wonton bao dimsum spring
  curry biryani tikka masala korma vindaloo samosa pakora naan dosa idli paneer dal daal tandoori
  steak ribeye sirloin brisket ribs rib pork chop lamb veal meatloaf schnitzel sausage bratwurst
  chicken turkey duck goose salmon tuna cod halibut tilapia trout shrimp prawn lobster crab oyster clam
  mussel scallop calamari squid octopus anchovy sardine
  soup stew chili chowder bisque gumbo jambalaya goulash borscht gazpacho broth
  salad coleslaw slaw
  fries fry chip wedges tots hashbrown poutine onion ring mashed potato
  pizza flatbread margherita marinara caprese parmigiana primavera
  paella tagine moussaka souvlaki pierogi empanada arepa ceviche bibimbap bulgogi reuben
  cake cupcake cheesecake brownie cookie pie tart pudding custard flan mousse tiramisu cannoli gelato
  sorbet icecream sundae milkshake shake smoothie parfait eclair macaron baklava
  coffee espresso latte cappuccino mocha americano macchiato frappuccino frappe tea chai matcha
  cocoa lemonade soda cola juice beer wine cocktail margarita mojito sangria whiskey vodka rum gin
  kombucha sprite fanta pepsi coke gatorade powerade snapple seltzer cider water milk
  champagne prosecco lager bourbon tequila brandy
  wing nugget
  apple cherry peach pear plum apricot blueberry strawberry raspberry blackberry banana pumpkin rhubarb
  cereal oatmeal porridge granola yogurt grits cornbread biscuit gravy casserole meatball fritter cobbler
  ziti manicotti cannelloni stroganoff jerky pozole menudo birria barbacoa chilaquiles gordita sope
  egg bacon ham salami pepperoni prosciutto
  rice quinoa couscous polenta
  tofu tempeh seitan edamame kimchi
  pickle olive`.split(/\s+/),
);

/**
 * The words of `FOOD_WORDS` that name a drink: a drink the menu lacks ("a sprite" at a taquería with
 * none) is offered the menu's drinks when no dish is spelt like it.
 */
export const DRINK_WORDS: ReadonlySet<string> = new Set(
  `coffee espresso latte cappuccino mocha americano macchiato frappuccino frappe tea chai matcha cocoa
  lemonade soda cola juice beer wine cocktail margarita mojito sangria whiskey vodka rum gin kombucha
  sprite fanta pepsi coke gatorade powerade snapple seltzer milkshake shake smoothie cider water milk
  champagne prosecco lager bourbon tequila brandy`.split(/\s+/),
);
