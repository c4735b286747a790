/** Headings English news sites set over a box of key facts at the top of an article ("Key points", "At a glance"). */
export const EN_SUMMARY_HEADINGS: RegExp =
  /^(?:key (?:points|facts|takeaways|findings)|at a glance|the (?:essentials|key facts|big picture)|what (?:we know|you need to know)|the story in brief|in brief|summary|the (?:ruling|decision|report|deal) in brief|quick facts|fast facts)\s*:?$/i;
