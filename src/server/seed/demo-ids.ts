/** What later demo steps need from the first ones: demo organisation ids by key, user ids by e-mail. */
export interface DemoIds {
  orgIds: ReadonlyMap<string, string>;
  userIds: ReadonlyMap<string, string>;
}
