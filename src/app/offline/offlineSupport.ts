/**
 * Offline play after the first visit. The service worker (generated at build time by vite-plugin-pwa,
 * see vite.config.ts) precaches the whole site; this registers it and says two things to the player:
 * once, that the page now works offline, and, when a new version has been deployed, that an update is
 * available (reloading is the player's choice, so a class is never interrupted mid-level).
 * Nothing is registered in the dev server, from a file:// page (service workers need http(s)), or when
 * the browser has no service workers.
 */
import { registerSW } from 'virtual:pwa-register';
import { OfflineNotice } from '../../ui/offline/offlineNotice';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export function installOfflineSupport(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const notice = new OfflineNotice();
  const updateServiceWorker = registerSW({
    immediate: true,
    onRegisteredSW(_url: string, registration: ServiceWorkerRegistration | undefined) {
      // A page left open all day (a classroom's) still hears of a new version: when the network comes
      // back, and every hour.
      if (!registration) return;
      const check = (): void => { if (navigator.onLine) void registration.update().catch(() => undefined); };
      window.addEventListener('online', check);
      setInterval(check, UPDATE_CHECK_INTERVAL_MS);
    },
    onOfflineReady() {
      notice.showOfflineReady();
    },
    onNeedRefresh() {
      // The new worker waits; updateServiceWorker(true) activates it and reloads this address.
      notice.showUpdateAvailable(() => void updateServiceWorker(true));
    },
    onRegisterError(error: unknown) {
      // The game works without it (only offline play is lost): say so in the console, not to the player.
      console.warn('Offline support could not start:', error);
    },
  });
}
