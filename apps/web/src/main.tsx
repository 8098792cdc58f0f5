import 'antd/dist/reset.css';
import './app/light-ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRoot } from './app/app-root.component';
import { i18nReady } from './i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The first render waits for the UI language's messages (English is loaded when it is the stored choice).
void i18nReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  ),
);
