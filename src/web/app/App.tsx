import { StrictMode, Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './routes.js';
import { SessionProvider } from './session.js';

/** The whole app: router, session and routes. */
export function App() {
  return (
    <StrictMode>
      <BrowserRouter>
        <SessionProvider>
          {/* The outer boundary only covers a language switch; pages have their own inside the layout. */}
          <Suspense fallback={null}>
            <AppRoutes />
          </Suspense>
        </SessionProvider>
      </BrowserRouter>
    </StrictMode>
  );
}
