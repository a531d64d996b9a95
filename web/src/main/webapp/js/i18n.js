// English and Chinese. The browser's languages choose at first; the switch in the header overrides
// and is remembered (the only thing the console keeps in localStorage; keycloak-js keeps its own
// short-lived login state there while the login redirect is under way).
import en from './messages/en.js';
import zh from './messages/zh.js';

export const bundles = {en, zh};
const STORAGE_KEY = 'crowdflow.language';
let current = choose();

function choose() {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && bundles[saved]) {
        return saved;
    }
    for (const tag of navigator.languages ?? [navigator.language]) {
        const base = String(tag).toLowerCase().split('-')[0];
        if (bundles[base]) {
            return base;
        }
    }
    return 'en';
}

export function language() {
    return current;
}

/** The BCP 47 tag for dates, numbers and Keycloak's login page. */
export function locale() {
    return current === 'zh' ? 'zh-CN' : 'en';
}

export function setLanguage(code) {
    if (!bundles[code]) {
        return;
    }
    current = code;
    localStorage.setItem(STORAGE_KEY, code);
    document.documentElement.lang = locale();
}

/** A message with {name} placeholders filled from params. Unknown keys show as themselves. */
export function t(key, params = {}) {
    const text = bundles[current][key] ?? bundles.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

export function formatTime(iso) {
    if (!iso) {
        return '—';
    }
    return new Intl.DateTimeFormat(locale(), {dateStyle: 'medium', timeStyle: 'medium'}).format(new Date(iso));
}

/** "in 59 min" / "3 min ago" */
export function relativeTime(iso, now = Date.now()) {
    const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
    const format = new Intl.RelativeTimeFormat(locale(), {numeric: 'auto'});
    const abs = Math.abs(seconds);
    if (abs < 60) {
        return format.format(seconds, 'second');
    }
    if (abs < 3600) {
        return format.format(Math.round(seconds / 60), 'minute');
    }
    if (abs < 86400) {
        return format.format(Math.round(seconds / 3600), 'hour');
    }
    return format.format(Math.round(seconds / 86400), 'day');
}

document.documentElement.lang = locale();
