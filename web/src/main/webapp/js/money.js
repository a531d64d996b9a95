// Money is a decimal string with at most 4 decimals (docs/api.md); never a floating-point number.
// Compared here in whole ten-thousandths (BigInt).

export function units(amount) {
    const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(String(amount ?? '').trim());
    if (!match) {
        return null;
    }
    return BigInt(match[1]) * 10000n + BigInt((match[2] ?? '').padEnd(4, '0'));
}

export function formatMoney(amount, currency) {
    return amount + ' ' + (currency ?? '');
}
