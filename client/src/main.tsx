/**
 * Browser entry point: mounts the app. The only client module that touches the page itself.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { hasRememberedAccount } from './account/accountStore';
import { parseRoute } from './routing/routes';
import { prewarmSession } from './sync/sessionCache';
import './styles/base.css';
import './styles/home.css';

// On a document or table page, open its sync connection before React and the editor code even start
// (when someone is likely signed in: the session cookie is checked by the server).
const initialRoute = parseRoute(window.location.pathname);
if ((initialRoute.kind === 'document' || initialRoute.kind === 'table') && hasRememberedAccount()) {
  prewarmSession(initialRoute.name);
}

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
