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
    reason: 'related',
    pattern:
      /^(?:read more|read also|see also|related(?: articles| stories| posts| coverage| content| reading)?|more on this (?:story|topic)|more from .{1,30}|recommended(?: for you)?|most read|most popular|trending|you may also like|you might also like|tags|topics)\s*:?$/i,
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
    reason: 'cookie',
    pattern:
      /we use cookies|this (?:site|website) uses cookies|accept all cookies|cookie (?:settings|preferences|policy)/i,
  },
  {
    reason: 'newsletter',
    pattern:
      /sign up (?:for|to) (?:our|the) newsletter|subscribe to (?:our|the) newsletter|get the newsletter/i,
  },
  {
    reason: 'newsletter',
    // "Sign up for our morning briefing", "… delivered to your inbox"
    pattern: /^sign up (?:for|to)\b|delivered (?:straight )?to your inbox|in your inbox every/i,
    maxWords: 15,
  },
  {
    reason: 'credit',
    // agency staff lines: "Reporting by …; Editing by …"
    pattern: /^(?:additional )?(?:reporting|writing|editing|compiled|graphics) by\b/i,
    maxWords: 30,
  },
  {
    reason: 'comments',
    pattern:
      /leave a (?:comment|reply)|your email address will not be published|required fields are marked|save my name, email|post comment|cancel reply/i,
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
