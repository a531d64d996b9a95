// A page the console will have once its API exists on this branch: says so plainly, shows no made-up data.
import {h} from '../dom.js';
import {t} from '../i18n.js';

export function notYet({id, route, roles, title, missing}) {
    return {
        id, route, roles, title, nav: true, notYet: true,
        render(container) {
            container.append(
                h('h1', {}, t(title)),
                h('p', {class: 'not-yet', 'data-not-yet': id}, t('notYet.text')),
                h('p', {class: 'muted'}, t('notYet.missing'), ' ', h('code', {}, missing)));
        }
    };
}
