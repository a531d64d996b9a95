import {h} from '../dom.js';
import {t} from '../i18n.js';
import {definitionList, loading, messageArea} from './common.js';

export default {
    id: 'profile', route: '/profile', roles: 'any', title: 'page.profile', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.profile')));
        const profile = await loading(container, () => api.get('/me/profile'));
        const skills = h('input', {id: 'f-profile-skills', value: profile.skills.join(', ')});
        const message = messageArea();
        const form = h('form', {class: 'form'}, h('label', {for: 'f-profile-skills'}, t('profile.skills')), skills,
            h('small', {class: 'muted'}, t('post.skillsHint')), h('button', {type: 'submit'}, t('profile.save')),
            message.element);
        form.addEventListener('submit', async (event) => {
            event.preventDefault();
            try {
                const saved = await api.put('/me/profile',
                    {skills: skills.value.split(',').map((s) => s.trim()).filter((s) => s)});
                skills.value = saved.skills.join(', ');
                message.ok(t('profile.saved'));
            } catch (error) {
                message.fail(error);
            }
        });
        container.append(definitionList([[t('profile.username'), profile.username],
            [t('profile.roles'), profile.roles.map((r) => t('role.' + r)).join(', ')]]), form);
    }
};
