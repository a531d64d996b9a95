// The platform's REST API (/crowdflow/api) with the bearer token keycloak-js holds in memory.
// The token travels only in the Authorization header: never in a URL, never in storage.

const BASE = new URL('api/', document.baseURI);

/** A refused call: the problem document (RFC 9457) the API answered, if any. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem?.detail ?? problem?.title ?? 'HTTP ' + status);
        this.status = status;
        this.problem = problem ?? {};
    }

    get type() {
        return String(this.problem.type ?? '').replace('urn:crowdflow:problem:', '');
    }

    /** {field: message} of an invalid-request problem, e.g. {"reward.amount": "…"} */
    get fieldErrors() {
        const errors = {};
        for (const error of this.problem.errors ?? []) {
            errors[error.field] = errors[error.field] ? errors[error.field] + '; ' + error.message : error.message;
        }
        return errors;
    }
}

export function createApi(auth) {
    async function call(method, path, body, headers = {}, raw = undefined) {
        await auth.fresh();
        const response = await fetch(new URL(path.replace(/^\//, ''), BASE), {
            method,
            headers: {
                Accept: 'application/json',
                Authorization: 'Bearer ' + auth.token(),
                ...(body === undefined || raw !== undefined ? {} : {'Content-Type': 'application/json'}),
                ...headers
            },
            body: raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body),
            cache: 'no-store',
            credentials: 'omit',
            redirect: 'error'
        });
        const text = await response.text();
        let data = null;
        try {
            data = text ? JSON.parse(text) : null;
        } catch (notJson) {
            data = {detail: text.slice(0, 200)};
        }
        if (!response.ok) {
            throw new ApiError(response.status, data);
        }
        return data;
    }

    return {
        get: (path) => call('GET', path),
        post: (path, body, headers) => call('POST', path, body ?? {}, headers),
        put: (path, body) => call('PUT', path, body),
        /** Reads a file the API answers (not JSON): {blob, fileName} from its Content-Disposition. */
        download: async (path) => {
            await auth.fresh();
            const response = await fetch(new URL(path.replace(/^\//, ''), BASE), {
                headers: {Authorization: 'Bearer ' + auth.token()}, cache: 'no-store', credentials: 'omit',
                redirect: 'error'
            });
            if (!response.ok) {
                let problem = null;
                try {
                    problem = await response.json();
                } catch (notJson) {
                    problem = null;
                }
                throw new ApiError(response.status, problem);
            }
            const disposition = response.headers.get('Content-Disposition') ?? '';
            const name = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? 'download';
            return {blob: await response.blob(), fileName: name};
        },
        /**
         * GET of a large JSON answer, reporting progress: onProgress({phase: 'waiting'}) until the server answers,
         * then onProgress({phase: 'receiving', received, total}) per chunk (total: the Content-Length, or null).
         */
        getWithProgress: async (path, onProgress) => {
            await auth.fresh();
            onProgress({phase: 'waiting'});
            const response = await fetch(new URL(path.replace(/^\//, ''), BASE), {
                headers: {Accept: 'application/json', Authorization: 'Bearer ' + auth.token()}, cache: 'no-store',
                credentials: 'omit', redirect: 'error'
            });
            const length = Number.parseInt(response.headers.get('Content-Length') ?? '', 10);
            const total = Number.isNaN(length) ? null : length;
            const reader = response.body.getReader();
            const chunks = [];
            let received = 0;
            onProgress({phase: 'receiving', received, total});
            for (;;) {
                const {done, value} = await reader.read();
                if (done) {
                    break;
                }
                chunks.push(value);
                received += value.length;
                onProgress({phase: 'receiving', received, total});
            }
            const text = new TextDecoder().decode(await new Blob(chunks).arrayBuffer());
            let data = null;
            try {
                data = text ? JSON.parse(text) : null;
            } catch (notJson) {
                data = {detail: text.slice(0, 200)};
            }
            if (!response.ok) {
                throw new ApiError(response.status, data);
            }
            return data;
        },
        /** Sends a file (a Blob) as the request body, with its own content type. */
        upload: (path, file, contentType) => call('POST', path, undefined,
            {'Content-Type': contentType || 'application/octet-stream'}, file)
    };
}
