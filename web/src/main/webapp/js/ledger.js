// Checking the public ledger in the browser, without trusting the platform's own verdict (docs/ledger.md):
// the entry's bytes are encoded here and hashed (RFC 6962 leaf), its audit path is folded up to the root
// (RFC 9162 2.1.3.2), and that root must be the one in a checkpoint whose Ed25519 signature checks out
// with the platform's published key. WebCrypto does the SHA-256 and Ed25519.

const encoder = new TextEncoder();

export function fromBase64(text) {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

export function toBase64(bytes) {
    return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
}

function toHex(bytes) {
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function concat(parts) {
    const total = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
        total.set(part, offset);
        offset += part.length;
    }
    return total;
}

async function sha256(...parts) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', concat(parts)));
}

function equal(a, b) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Microseconds since the epoch of an ISO-8601 UTC instant such as 2025-11-25T08:05:01.123456Z. */
export function microsOf(iso) {
    const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?Z$/.exec(iso);
    if (!match) {
        throw new Error('not an instant: ' + iso);
    }
    const seconds = BigInt(Date.parse(match[1] + 'Z') / 1000);
    return seconds * 1000000n + BigInt((match[2] ?? '').padEnd(9, '0').slice(0, 6));
}

/** The canonical bytes of an entry (docs/ledger.md, "Entry encoding"). */
export function encodeEntry(entry) {
    const strings = [entry.from, entry.to, entry.amount, entry.currency, entry.taskId ?? '', entry.kind]
        .map((s) => encoder.encode(String(s)));
    const head = new DataView(new ArrayBuffer(17));
    head.setUint8(0, 1);
    head.setBigUint64(1, BigInt(entry.seq));
    head.setBigInt64(9, microsOf(entry.time));
    const parts = [new Uint8Array(head.buffer)];
    for (const bytes of strings) {
        if (bytes.length > 0xffff) {
            throw new Error('field too long');
        }
        parts.push(new Uint8Array([bytes.length >> 8, bytes.length & 0xff]), bytes);
    }
    return concat(parts);
}

export async function leafHash(entry) {
    return sha256(new Uint8Array([0]), encodeEntry(entry));
}

const node = (left, right) => sha256(new Uint8Array([1]), left, right);

/** RFC 9162 section 2.1.3.2. */
export async function verifyInclusion(index, treeSize, leaf, path, root) {
    let fn = BigInt(index);
    let sn = BigInt(treeSize) - 1n;
    if (fn > sn) {
        return false;
    }
    let r = leaf;
    for (const p of path) {
        if (sn === 0n) {
            return false;
        }
        if ((fn & 1n) === 1n || fn === sn) {
            r = await node(p, r);
            while ((fn & 1n) === 0n && fn !== 0n) {
                fn >>= 1n;
                sn >>= 1n;
            }
        } else {
            r = await node(r, p);
        }
        fn >>= 1n;
        sn >>= 1n;
    }
    return sn === 0n && equal(r, root);
}

/** RFC 9162 section 2.1.4.2: the tree of `first` entries is a prefix of the tree of `second`. */
export async function verifyConsistency(first, second, firstRoot, secondRoot, proof) {
    if (first === second) {
        return proof.length === 0 && equal(firstRoot, secondRoot);
    }
    if (first < 1 || first > second || proof.length === 0) {
        return false;
    }
    const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : [...proof];
    let fn = BigInt(first) - 1n;
    let sn = BigInt(second) - 1n;
    while ((fn & 1n) === 1n) {
        fn >>= 1n;
        sn >>= 1n;
    }
    let fr = path[0];
    let sr = path[0];
    for (const c of path.slice(1)) {
        if (sn === 0n) {
            return false;
        }
        if ((fn & 1n) === 1n || fn === sn) {
            fr = await node(c, fr);
            sr = await node(c, sr);
            while ((fn & 1n) === 0n && fn !== 0n) {
                fn >>= 1n;
                sn >>= 1n;
            }
        } else {
            sr = await node(sr, c);
        }
        fn >>= 1n;
        sn >>= 1n;
    }
    return equal(fr, firstRoot) && equal(sr, secondRoot) && sn === 0n;
}

/** The signed bytes of a checkpoint (docs/ledger.md, "Checkpoints"). */
export function checkpointMessage(checkpoint) {
    return encoder.encode('crowdflow-ledger-checkpoint/v1\n' + checkpoint.treeSize + '\n' + checkpoint.rootHash
        + '\n' + checkpoint.timestamp + '\n');
}

/** Whether the published key has the checkpoint's key id and signed it; throws if Ed25519 is missing here. */
export async function verifyCheckpoint(checkpoint, publicKey) {
    const der = fromBase64(publicKey.key);
    const keyId = toHex((await sha256(der)).slice(0, 8));
    if (keyId !== publicKey.keyId || keyId !== checkpoint.keyId) {
        return false;
    }
    const key = await crypto.subtle.importKey('spki', der, {name: 'Ed25519'}, false, ['verify']);
    return crypto.subtle.verify({name: 'Ed25519'}, key, fromBase64(checkpoint.signature),
        checkpointMessage(checkpoint));
}

export const STEPS = ['entry', 'leaf', 'checkpoint', 'signature', 'inclusion'];

/**
 * Verifies that one of my postings is in the signed ledger. onStep(index, name) reports progress.
 * Resolves to {verified, failedStep, treeSize, keyId}.
 */
export async function verifyPosting(api, posting, myLedgerIds, onStep = () => {}) {
    const fail = (step, why) => ({verified: false, failedStep: step, why});
    onStep(0, 'entry');
    const page = await api.get('/ledger/entries?from=' + posting.ledgerSeq + '&count=1');
    const entry = page.entries[0];
    if (!entry || entry.seq !== posting.ledgerSeq) {
        return fail('entry');
    }
    const mine = posting.direction === 'in' ? entry.to : entry.from;
    const {units} = await import('./money.js');
    if (!myLedgerIds.includes(mine) || units(entry.amount) !== units(posting.amount)
        || entry.currency !== posting.currency) {
        return fail('entry');
    }
    onStep(1, 'leaf');
    const leaf = await leafHash(entry);
    if (toBase64(leaf) !== entry.leafHash) {
        return fail('leaf');
    }
    onStep(2, 'checkpoint');
    let checkpoint = null;
    try {
        checkpoint = await api.get('/ledger/checkpoints/latest');
    } catch (none) {
        checkpoint = null;
    }
    if (!checkpoint || checkpoint.treeSize <= entry.seq) {
        checkpoint = await api.post('/ledger/checkpoints');
    }
    onStep(3, 'signature');
    const publicKey = await api.get('/ledger/public-key');
    if (!(await verifyCheckpoint(checkpoint, publicKey))) {
        return fail('signature');
    }
    onStep(4, 'inclusion');
    const proof = await api.get('/ledger/entries/' + entry.seq + '/proof?treeSize=' + checkpoint.treeSize);
    const included = await verifyInclusion(entry.seq, checkpoint.treeSize, leaf, proof.auditPath.map(fromBase64),
        fromBase64(checkpoint.rootHash));
    if (!included) {
        return fail('inclusion');
    }
    return {verified: true, treeSize: checkpoint.treeSize, keyId: checkpoint.keyId, time: checkpoint.time};
}
