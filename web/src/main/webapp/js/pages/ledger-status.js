// The ledger's state for administrators and process designers: the latest signed checkpoint, its signature
// checked here, the recent checkpoints, and whether each is a prefix of the latest (consistency proofs).
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {fromBase64, verifyCheckpoint, verifyConsistency} from '../ledger.js';
import {definitionList, empty, errorLine, loading, messageArea, table} from './common.js';

export default {
    id: 'ledger', route: '/ledger', roles: ['admin', 'process-designer'], title: 'page.ledger', nav: true,
    async render(container, {api, rerender}) {
        container.append(h('h1', {}, t('page.ledger')));
        const message = messageArea();
        const sign = h('button', {type: 'button', id: 'sign-now', on: {click: async () => {
            sign.disabled = true;
            try {
                await api.post('/ledger/checkpoints');
                rerender();
            } catch (error) {
                message.fail(error);
                sign.disabled = false;
            }
        }}}, t('ledger.signNow'));
        container.append(h('p', {}, sign), message.element);
        const [checkpoints, publicKey] = await loading(container, () =>
            Promise.all([api.get('/ledger/checkpoints?count=10'), api.get('/ledger/public-key')]));
        if (!checkpoints.length) {
            container.append(empty('ledger.none'));
            return;
        }
        const latest = checkpoints[0];
        const signature = h('span', {id: 'latest-signature'}, h('progress'));
        container.append(h('h2', {}, t('ledger.latest')), definitionList([
            [t('ledger.treeSize'), String(latest.treeSize)],
            [t('ledger.root'), h('code', {}, latest.rootHash)],
            [t('ledger.time'), formatTime(latest.time)],
            [t('ledger.keyId'), h('code', {}, latest.keyId + ' (' + publicKey.algorithm + ')')],
            [t('ledger.signature'), signature]]));
        const rows = checkpoints.map((checkpoint) => {
            const cell = h('td', {'data-consistency': checkpoint.treeSize}, h('progress'));
            return {checkpoint, cell, row: h('tr', {}, h('td', {}, String(checkpoint.treeSize)),
                h('td', {}, formatTime(checkpoint.time)), h('td', {}, h('code', {}, checkpoint.rootHash)), cell)};
        });
        container.append(h('h2', {}, t('ledger.recent')),
            table([t('ledger.treeSize'), t('ledger.time'), t('ledger.root'), t('ledger.consistent')],
                rows.map((r) => r.row), {id: 'checkpoints'}));

        try {
            show(signature, await verifyCheckpoint(latest, publicKey)
                ? h('span', {class: 'ok', 'data-signature': 'valid'}, t('ledger.signatureOk'))
                : h('span', {class: 'error', 'data-signature': 'invalid'}, t('ledger.signatureBad')));
        } catch (error) {
            show(signature, errorLine(error));
        }
        for (const {checkpoint, cell} of rows) {
            try {
                const proof = await api.get('/ledger/consistency?from=' + checkpoint.treeSize + '&to=' + latest.treeSize);
                const ok = await verifyCheckpoint(checkpoint, publicKey) && await verifyConsistency(
                    checkpoint.treeSize, latest.treeSize, fromBase64(checkpoint.rootHash),
                    fromBase64(latest.rootHash), proof.proof.map(fromBase64));
                show(cell, ok ? h('span', {class: 'ok'}, '✓ ' + t('ledger.prefix'))
                    : h('span', {class: 'error'}, '✗ ' + t('ledger.notPrefix')));
            } catch (error) {
                show(cell, errorLine(error));
            }
        }
    }
};
