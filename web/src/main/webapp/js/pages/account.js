// My balances and money movements; each movement can be checked against the signed public ledger here,
// in the browser (../ledger.js), step by step.
import {h, show} from '../dom.js';
import {formatTime, t} from '../i18n.js';
import {STEPS, verifyPosting} from '../ledger.js';
import {loadChart} from '../chart.js';
import {units} from '../money.js';
import {empty, errorLine, loading, table} from './common.js';

export default {
    id: 'account', route: '/account', roles: 'any', title: 'page.account', nav: true,
    async render(container, {api}) {
        container.append(h('h1', {}, t('page.account')));
        const account = await loading(container, () => api.get('/me/account'));
        if (!account.balances.length) {
            container.append(empty('account.none'));
            return;
        }
        const ledgerIds = account.balances.map((b) => b.ledgerId).filter(Boolean);
        container.append(
            table([t('account.kind'), t('account.balance'), t('account.ledgerId')],
                account.balances.map((b) => h('tr', {'data-account-kind': b.kind},
                    h('td', {}, t('account.kind.' + b.kind)),
                    h('td', {class: 'amount'}, b.amount + ' ' + b.currency),
                    h('td', {}, h('code', {}, b.ledgerId ?? '—'))))
                , {id: 'balances'}),
            h('h2', {}, t('account.history')),
            h('div', {class: 'chart'}, h('canvas', {id: 'balance-chart', 'aria-label': t('account.history'), role: 'img'})),
            h('h2', {}, t('account.entries')),
            h('p', {class: 'muted'}, t('account.verifyHint')),
            table([t('account.at'), t('account.amount'), t('account.reason'), t('account.proof')],
                account.entries.map((entry) => row(entry, api, ledgerIds)), {id: 'entries'}));
        drawHistory(container.querySelector('#balance-chart'), account).catch((error) =>
            container.querySelector('.chart').replaceChildren(errorLine(error)));
    }
};

/**
 * Each account's balance before the oldest movement listed and after each one, worked back from today's
 * balance: the server's own figures, nothing estimated. Only the listed (newest 200) movements are drawn.
 */
export function balanceSeries(account) {
    const oldestFirst = [...account.entries].reverse();
    const change = (entry, balance) => (entry.to === balance.account ? units(entry.amount) : 0n)
        - (entry.from === balance.account ? units(entry.amount) : 0n);
    const series = account.balances.map((balance) => {
        let value = oldestFirst.reduce((v, entry) => v - change(entry, balance), units(balance.amount));
        const values = [value];
        for (const entry of oldestFirst) {
            value += change(entry, balance);
            values.push(value);
        }
        return values.map((v) => Number(v) / 10000);
    });
    return {labels: [t('account.before'), ...oldestFirst.map((entry) => formatTime(entry.at))], series};
}

async function drawHistory(canvas, account) {
    const Chart = await loadChart();
    const {labels, series} = balanceSeries(account);
    new Chart(canvas, {
        type: 'line',
        data: {labels, datasets: account.balances.map((b, i) => ({
            label: t('account.kind.' + b.kind) + ' (' + b.currency + ')', data: series[i], stepped: true, pointRadius: 3
        }))},
        options: {maintainAspectRatio: false, animation: false, scales: {y: {beginAtZero: true}}}
    });
}

function row(entry, api, ledgerIds) {
    const proof = h('td', {class: 'proof'});
    if (entry.ledgerSeq !== undefined && entry.ledgerSeq !== null) {
        proof.append(h('button', {type: 'button', class: 'small', 'data-verify': entry.ledgerSeq, on: {
            click: () => verify(entry, api, ledgerIds, proof)
        }}, t('account.verify', {seq: entry.ledgerSeq})));
    }
    return h('tr', {'data-entry-seq': entry.seq, 'data-task-id': entry.taskId ?? null, 'data-direction': entry.direction},
        h('td', {}, formatTime(entry.at)),
        h('td', {class: 'amount ' + entry.direction}, (entry.direction === 'in' ? '+' : '−') + entry.amount + ' '
            + entry.currency),
        h('td', {}, entry.reason),
        proof);
}

async function verify(entry, api, ledgerIds, cell) {
    const bar = h('progress', {max: STEPS.length, value: 0});
    const label = h('span', {class: 'muted'});
    show(cell, bar, ' ', label);
    try {
        const result = await verifyPosting(api, entry, ledgerIds, (index, step) => {
            bar.value = index;
            label.textContent = t('verify.step.' + step);
        });
        if (result.verified) {
            show(cell, h('span', {class: 'ok', 'data-proof': 'verified'},
                t('verify.ok', {size: result.treeSize, key: result.keyId})));
        } else {
            show(cell, h('span', {class: 'error', 'data-proof': 'failed'}, t('verify.failed.' + result.failedStep)));
        }
    } catch (error) {
        show(cell, h('span', {'data-proof': 'error'}, errorLine(error)));
    }
}
