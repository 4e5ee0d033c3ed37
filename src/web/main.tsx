import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { startI18n } from './app/i18n.js';
import { initialLocale } from './app/locale.js';
import './styles/index.css';

// Load the interface language before the first paint so no English flashes for other readers.
const root = document.getElementById('root');
if (root) {
  void startI18n(initialLocale()).then(() => createRoot(root).render(<App />));
}
