// Building the page: every piece of text goes in through textContent (a text node), never as HTML.
// A task titled <script>alert(1)</script> therefore shows as those characters. Nothing in the console
// assigns innerHTML, outerHTML or insertAdjacentHTML, or calls document.write (ConsoleJourneyIT checks).

const SAFE_ATTRIBUTE = /^(class|id|type|name|value|accept|placeholder|for|min|max|step|rows|cols|maxlength|required|disabled|hidden|selected|checked|title|role|href|lang|colspan|novalidate|aria-[a-z]+|data-[a-z-]+)$/;

/** h('p', {class: 'x', on: {click: f}}, 'text', child, [more]) */
export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes ?? {})) {
        if (name === 'on') {
            for (const [event, handler] of Object.entries(value)) {
                element.addEventListener(event, handler);
            }
        } else if (value === false || value === null || value === undefined) {
            continue;
        } else if (!SAFE_ATTRIBUTE.test(name)) {
            throw new Error('attribute not allowed: ' + name);
        } else if (name === 'href' && !/^#/.test(String(value))) {
            throw new Error('only in-console links (#/...) may be built: ' + value);
        } else if (name === 'value') {
            element.value = String(value);
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(element, children);
    return element;
}

export function append(parent, children) {
    for (const child of [children].flat(Infinity)) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
}

/** Replaces the children of an element. */
export function show(parent, ...children) {
    parent.replaceChildren();
    return append(parent, children);
}

/** Free JSON (a task's input, a worker's answer) as indented text. */
export function jsonBlock(value) {
    return h('pre', {class: 'json'}, value === null || value === undefined ? '—' : JSON.stringify(value, null, 2));
}
