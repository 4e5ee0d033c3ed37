/** The design-system primitives; pages compose these and never style raw elements themselves. */
export { Alert } from './Alert.js';
export { Button, LinkButton } from './Button.js';
export { Card } from './Card.js';
export { Checkbox } from './Checkbox.js';
export { Disclosure } from './Disclosure.js';
export { Facts } from './Facts.js';
export { LoadMore } from './LoadMore.js';
export { Loading, Page } from './Page.js';
export { type Option, Select } from './Select.js';
export { type TabLink, TabLinks } from './TabLinks.js';
export { type Column, Table } from './Table.js';
export { TextArea, TextField } from './TextField.js';
