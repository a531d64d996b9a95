// The console: reads where to log in (config.json), lets keycloak-js finish a login, then shows the
// pages the person's roles allow. Routes are fragments (#/tasks/…); pages are listed in pages/registry.js.
import {startAuth} from './auth.js';
import {createApi} from './api.js';
import {h, show} from './dom.js';
import {language, locale, setLanguage, t} from './i18n.js';
import {pages, ROLE_ORDER} from './pages/registry.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let context = null;

async function start() {
    wireLanguageSwitch();
    let auth;
    try {
        const config = await (await fetch('config.json', {cache: 'no-store'})).json();
        auth = await startAuth(config);
    } catch (error) {
        show(main, h('p', {class: 'error', role: 'alert'}, t('app.loginUnavailable', {detail: error?.message ?? error})));
        return;
    }
    context = {auth, api: createApi(auth), roles: auth.roles(), navigate, rerender: render};
    wireSession();
    window.addEventListener('hashchange', render);
    render();
}

function wireLanguageSwitch() {
    const select = document.getElementById('lang');
    select.value = language();
    select.addEventListener('change', () => {
        setLanguage(select.value);
        render();
    });
}

function wireSession() {
    const {auth} = context;
    const login = document.getElementById('login');
    const logout = document.getElementById('logout');
    login.addEventListener('click', () => auth.login(locale()));
    logout.addEventListener('click', () => auth.logout());
    login.hidden = auth.authenticated;
    logout.hidden = !auth.authenticated;
}

function navigate(path) {
    location.hash = '#' + path;
}

/** The page for the current fragment, and the values of its :parameters. */
function route() {
    const path = location.hash.replace(/^#/, '') || '/';
    for (const page of pages) {
        const names = [];
        const pattern = new RegExp('^' + page.route.replace(/:(\w+)/g, (m, name) => {
            names.push(name);
            return '([^/]+)';
        }) + '$');
        const match = pattern.exec(path);
        if (match) {
            return {page, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]))};
        }
    }
    return {page: null, params: {}};
}

function allowed(page) {
    return page.roles === 'any' || page.roles.some((role) => context.roles.includes(role));
}

async function render() {
    translateChrome();
    if (!context) {
        return;
    }
    const {auth} = context;
    if (!auth.authenticated) {
        show(nav);
        show(main, h('section', {class: 'landing'},
            h('h1', {}, t('landing.title')),
            h('p', {}, t('landing.text')),
            h('button', {type: 'button', id: 'landing-login', on: {click: () => auth.login(locale())}}, t('app.login'))));
        return;
    }
    renderNav();
    const {page, params} = route();
    if (!page) {
        show(main, h('p', {class: 'error'}, t('app.noSuchPage')));
        return;
    }
    if (!allowed(page)) {
        show(main, h('p', {class: 'error', role: 'alert'}, t('app.notYourPage')));
        return;
    }
    const container = h('section', {class: 'page', 'data-page': page.id});
    show(main, container);
    document.title = t(page.title) + ' · Crowdflow';
    try {
        await page.render(container, {...context, params});
    } catch (error) {
        container.append(h('p', {class: 'error', role: 'alert'}, t('app.failed', {detail: error?.message ?? error})));
    }
}

function renderNav() {
    const current = route().page;
    const sections = [];
    for (const role of ['any', ...ROLE_ORDER]) {
        if (role !== 'any' && !context.roles.includes(role)) {
            continue;
        }
        const links = pages.filter((page) => page.nav && sectionOf(page) === role).map((page) =>
            h('li', {}, h('a', {href: '#' + page.route, 'data-nav': page.id,
                    'aria-current': page === current ? 'page' : null},
                t(page.title), page.notYet ? h('span', {class: 'badge muted'}, t('app.notYetBadge')) : null)));
        if (links.length) {
            sections.push(h('h2', {}, t('role.' + role)), h('ul', {}, links));
        }
    }
    show(nav, sections);
}

/** A page shown to several roles is listed once, under the first of the person's roles that may see it. */
function sectionOf(page) {
    if (page.roles === 'any') {
        return 'any';
    }
    return ROLE_ORDER.find((role) => page.roles.includes(role) && context.roles.includes(role));
}

function translateChrome() {
    document.getElementById('lang-label').textContent = t('app.language');
    document.getElementById('login').textContent = t('app.login');
    document.getElementById('logout').textContent = t('app.logout');
    const user = document.getElementById('user');
    user.textContent = context?.auth.authenticated ? context.auth.username() : '';
}

start();
