import { eng } from 'stopword';

/**
 * Words of ordering talk that carry no menu meaning on their own ("please", "one", "without", "no"):
 * never typo-corrected, never a phrase alone. Intent rules read this list.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but of to in on at for from by with without about as into onto than then so if
  i me my mine we us our you your he she it its they them their this that these those there here is am are was were be been being do does did have has had will would can could shall should may might must
  not no yes please some any all each every other another such what which who whom whose where when why how
  just also too very really quite again now up down out off over under more most less few much many one`.split(
    /\s+/,
  ),
);

/**
 * The lexicon's stop words: the `stopword` library's English list plus {@link STOPWORDS}. A menu
 * phrase made only of these is not indexed ("can" only as a container right after an item or number),
 * and a name ending in one has no head noun.
 */
export const LEXICON_STOPWORDS: ReadonlySet<string> = new Set([...eng, ...STOPWORDS]);

export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...`about above account accept add address after afternoon again age ago agree ahead alarm allow almost alone
  along already alright always amount angry animal answer anyone anything anyway apple april area arm around arrive
  ask asked away baby back bad bag balance bank base basic battery bear beat beautiful because become bed before
  begin behind believe best better between big bill bird birthday bit black blue board boat body book born boss both
  bottom box boy brain break bring brother brown budget build building burn business busy buy call called calendar
  calm came camera car card care carry case cash cause change charge cheap check child children choose city class
  clean clear close closed coat code cold color come coming company complete cool copy correct cost could count
  country couple course cover crazy create credit cut daily dance dark date daughter day dead deal dear decide deep
  delete deliver delivery department deposit did die different dinner direct direction dirty doctor does dog dollar
  done door double drive driver drop during early earn east easy eat either else email end enough enter even evening
  event ever every exactly example exchange expect expensive explain face fact fair fall family far fast father favorite
  fear feel feeling fee few field fight fill final find fine finish fire first fit fix flight floor fly follow food foot
  force forget form forward found free freeze friday friend front full fun funny game garden gave get getting gift girl
  give given glad go goes going gone good got great green ground group grow guess guy hair half hand happen happy hard
  hate head health hear heard heart heat hello help her high him his history hit hold holiday home hope hot hotel hour
  hours house huge human hundred hungry hurry husband idea important income information inside instead insurance
  interest internet into item job join joke jump june keep key kid kill kind kitchen knew know known language large
  last late later learn least leave left leg let letter level life light like line list listen little live living local
  lock long look looking lose lost lot love low lunch machine made mail main make making man manager many market
  matter maybe mean meaning meet meeting member message middle might mile mind minute minutes miss mistake moment
  monday money month morning mother move movie music must name near need never new next nice night nobody none noon
  normal north note nothing notice number office often okay old once only open order other outside own page paid pain
  paper parent park part party pass past pay payment people perfect person phone pick picture place plan play please
  point police poor possible post power pretty price probably problem program public pull put question quick quickly
  quiet quite rain rate rather reach read ready real reason receive record red remember rent repeat report rest result
  return right ring road room round rule run safe said sale same saturday save saw say school score sea season seat
  second see seem sell send sense service set several share ship shop short show sick side sign simple since sing
  single sister sit size sleep slow small smart social some someone something sometimes son song soon sorry sound south
  speak special spend spent stand start state stay step still stop store story street strong student study stuff style
  sunday sure system table take talk tax team tell test text thank thanks thing things think thursday ticket time
  tired today together told tomorrow tonight took total touch town track train transfer travel tree trip true trust try
  tuesday turn type understand until upon use used user usual visit wait walk wall want war warm was watch water way
  wear weather wednesday week weekend weight well went west whatever while white whole wife win window wish woman word
  work world worry worth write wrong year yellow yesterday young yourself`.split(/\s+/),
]);
