/** The parts of the hub, in the order the product brief introduces them; `to` once a part is built. */
export const HUB_PARTS: readonly { key: string; to?: string }[] = [
  { key: 'countries', to: '/countries' },
  { key: 'expertise', to: '/expertise' },
  { key: 'experiences', to: '/experiences' },
  { key: 'marketplace', to: '/needs' },
  { key: 'dialogues', to: '/dialogues' },
  { key: 'organisations', to: '/organisations' },
];
