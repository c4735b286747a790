import type { BoilerplateRule } from '../de/boilerplate.js';

/** Whole lines that are page furniture on English-language sites. */
export const EN_BOILERPLATE_LINES: readonly BoilerplateRule[] = [
  {
    reason: 'navigation',
    pattern:
      /^(?:home|menu|search|back|next|previous|back to top|go up|go to top|top|skip to (?:main )?content|main menu|contents|table of contents|page \d+(?: of \d+)?|sign in|log in|login|register|subscribe|my account)$/i,
  },
  {
    reason: 'share',
    pattern:
      /^(?:share|share this(?: article| story| post)?|tweet|print|email|e-mail|copy link|comments?(?: \(\d+\))?|\d+ comments?|listen(?: to this article)?|\d+\s*min(?:ute)? read)$/i,
  },
  {
    reason: 'label',
    pattern:
      /^(?:advertisement|sponsored|press release|breaking|live|opinion|analysis|video|photos?|gallery)$/i,
  },
  {
    // "Advertisement - Story continues below", "Article continues after advertisement"
    reason: 'ad',
    pattern:
      /^(?:(?:advertisement|advert|ad|sponsored)\s*[-–—:|]?\s*)?(?:the )?(?:story|article|content|text) continues (?:below|after (?:this |the )?(?:advertisement|advert|ad))(?:\s*[-–—:|]?\s*(?:advertisement|advert|ad))?\s*\.?$/i,
  },
  {
    // the prompt beside an ad's label: "Advertisement · Scroll to continue"
    reason: 'ad',
    pattern:
      /^(?:scroll (?:down )?to (?:continue|keep) reading|scroll (?:down )?to continue|continue reading below)$/i,
  },
  {
    reason: 'related',
    pattern:
      /^(?:read more|read also|read next|up next|what to read next|see also|related(?: articles| stories| posts| coverage| content| reading)?|more on this (?:story|topic)|more from .{1,30}|more stories|more news|recommended(?: for you)?|editor'?s picks|most read|most popular|trending|you may also like|you might also like|tags|topics)\s*:?$/i,
  },
];

/** Phrases that mark a line as boilerplate on English-language sites. */
export const EN_BOILERPLATE_PHRASES: readonly BoilerplateRule[] = [
  {
    reason: 'ad-blocker',
    pattern: /ad ?blocker|disable your ad|whitelist (?:us|our site)/i,
  },
  {
    reason: 'paywall',
    pattern:
      /subscribe (?:now|today|to continue|to read)|subscribers only|for subscribers|already a subscriber|start your (?:free )?trial|cancel anytime|unlimited access|continue reading with/i,
  },
  {
    reason: 'paywall',
    // a metered paywall: "You have read 2 of 10 free articles", "Subscribe for 50 cents a week"
    pattern:
      /\byou(?:'ve|’ve| have) read \d+ of (?:your )?\d+ free (?:articles|stories)|\bsubscribe (?:for|from) (?:just |only )?[$£€]?\d+(?:\.\d+)?\s*(?:cents?|dollars?|pence|p)?\s*(?:a|per|\/)\s*(?:week|month|day|year)\b/i,
    maxWords: 40,
  },
  {
    reason: 'caption',
    // a photo credit in the "Photo / Agency" style: "Photo / Supplied: Crews at work", "Photo / Jo Bloggs"
    pattern: /^(?:photos?|photograph|image|picture|graphic)\s*\/\s*\S/i,
    maxWords: 45,
  },
  {
    reason: 'paywall',
    // a membership banner: "Support independent journalism – become a member"
    pattern:
      /become a (?:member|subscriber|supporter|patron)|support (?:independent|our|local|quality) (?:\p{L}+ )?journalism/iu,
    maxWords: 30,
  },
  {
    reason: 'cookie',
    // consent walls: "We value your privacy", "We and our 200 partners store and access information …"
    pattern:
      /we (?:value|care about|respect) your privacy|we and our (?:\d+ )?(?:partners|vendors|advertising partners)|(?:store|and\/or) access information on (?:a|your) device|to personali[sz]e (?:ads|advertising|content)|do not sell(?: or share)? my personal|we use cookies|this (?:site|website) uses cookies|accept all cookies|cookie (?:settings|preferences|policy)/i,
  },
  {
    reason: 'paywall',
    // login prompts that cut the article short
    pattern:
      /(?:sign|log) in to (?:keep|continue) reading|(?:sign|log) in (?:or (?:register|subscribe) )?to (?:continue|read)|^keep reading|create a (?:free )?account|already have an account|don'?t have an account|register for free/i,
    maxWords: 20,
  },
  {
    reason: 'cookie',
    // the buttons and headings of a consent wall, on a short line
    pattern:
      /your privacy (?:choices|matters|settings|options)|privacy (?:settings|preferences|choices)|accept all|reject all|manage (?:preferences|options|settings|cookies)|show purposes|^i accept\b|consent preferences|cookie notice/i,
    maxWords: 12,
  },
  {
    reason: 'newsletter',
    pattern:
      /sign up (?:for|to) (?:our|the) newsletter|subscribe to (?:our|the) newsletter|get the newsletter/i,
  },
  {
    reason: 'newsletter',
    // "Sign up for our morning briefing", "… delivered to your inbox"
    pattern:
      /^sign up (?:here |now |today )?(?:for|to)\b|delivered (?:straight )?to your inbox|in your inbox every/i,
    maxWords: 15,
  },
  {
    reason: 'credit',
    // agency staff lines: "Reporting by …; Editing by …", often in parentheses
    pattern: /^\(?(?:additional )?(?:reporting|writing|editing|compiled|graphics) by\b/i,
    maxWords: 30,
  },
  {
    reason: 'credit',
    // "Associated Press writer Jane Doe contributed to this report."
    pattern: /\bcontributed (?:reporting )?to this (?:report|story|article)\b/i,
    maxWords: 30,
  },
  {
    reason: 'syndication',
    // "This story has not been edited by … staff and is published from a syndicated feed."
    pattern:
      /(?:has not been|was not) edited by .{1,40} staff|(?:published|auto-generated|generated) from a syndicated (?:news )?feed/i,
    maxWords: 40,
  },
  {
    reason: 'note',
    // an agency's pointer to its principles under each story: "Our Standards: The … Trust Principles."
    pattern: /^our standards\s*:/i,
    maxWords: 15,
  },
  {
    reason: 'author-box',
    // the heading over the author's bio
    pattern: /^(?:about the (?:author|authors|writer|reporter)|author bio)\s*:?$/i,
    maxWords: 4,
  },
  {
    reason: 'bio',
    // the author's handle under the story: "Follow him on X @…", "You can follow her on Bluesky"
    pattern:
      /\bfollow (?:him|her|them|me) (?:on|at) (?:x|twitter|instagram|bluesky|threads|mastodon|linkedin|facebook|tiktok)\b/i,
    maxWords: 40,
  },
  {
    reason: 'comments',
    pattern:
      /no comments yet|be the first to comment|join the (?:conversation|discussion)|leave a (?:comment|reply)|your email address will not be published|required fields are marked|save my name, email|post comment|cancel reply/i,
  },
  {
    reason: 'share',
    pattern: /share (?:this|on) (?:article|story|facebook|twitter|x)|follow us on/i,
  },
  {
    reason: 'related',
    pattern: /^(?:read more|read also|see also|related|more on this)\s*:\s*\S/i,
    maxWords: 25,
  },
  {
    reason: 'note',
    pattern:
      /this (?:article|story) (?:was|has been) (?:originally published|automatically generated|translated)|click here to|continue reading/i,
    maxWords: 30,
  },
];

/** Headings that open a comment section on English-language sites (whole line). */
export const EN_COMMENT_HEADINGS: RegExp =
  /^(?:comments?|reader comments|\d+ comments?|comments? \(\d+\)|join the (?:conversation|discussion)|leave a comment|no comments yet|discussion)(?:\s*[|·:.!?–-]\s*.{0,80})?$/iu;

/** Labels that introduce an advertisement on English-language sites. */
export const EN_AD_LABELS: RegExp =
  /^(?:advertisement|advertising|sponsored|sponsored content|sponsored post|paid content|paid post|promoted|promoted content|partner content|ad|presented by .{1,40})\s*:?$/i;

/** Labels that close an advertisement framed by markers ("End of advertisement"). */
export const EN_AD_END_LABELS: RegExp =
  /^(?:end of (?:the )?(?:advertisement|advert|ad|sponsored content)|(?:advertisement|advert|ad|sponsored content)\s*[-–—:]?\s*ends?)\s*\.?$/i;
