import {h} from '../dom.js';
import {t} from '../i18n.js';

export default {
    id: 'home', route: '/', roles: 'any', title: 'page.home', nav: true,
    render(container, {auth, roles}) {
        container.append(
            h('h1', {}, t('home.welcome', {name: auth.username()})),
            h('p', {}, t('home.roles'), ' ', roles.length ? roles.map((role) => t('role.' + role)).join(', ') : t('home.noRole')),
            h('ul', {class: 'roles'}, roles.map((role) => h('li', {}, h('strong', {}, t('role.' + role)), ': ',
                t('home.about.' + role)))));
    }
};
