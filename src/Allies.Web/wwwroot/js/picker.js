// Progressive enhancement for the "people" field of the log form: suggests contacts as you type.
// Without this script the field still works: names separated by commas are resolved on the server.
(() => {
    const input = document.querySelector("input[data-picker]");
    if (!input || !window.fetch) {
        return;
    }

    const list = document.createElement("ul");
    list.className = "suggestions";
    list.id = input.id + "-suggestions";
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("aria-controls", list.id);

    let timer = 0;
    let controller = null;

    const lastTerm = () => {
        const parts = input.value.split(",");
        return parts[parts.length - 1].trim();
    };

    const choose = (name) => {
        const parts = input.value.split(",").map((p) => p.trim());
        parts[parts.length - 1] = name;
        input.value = parts.filter((p) => p.length > 0).join(", ") + ", ";
        list.replaceChildren();
        input.focus();
    };

    const show = (items) => {
        list.replaceChildren(...items.map((c) => {
            const li = document.createElement("li");
            const b = document.createElement("button");
            b.type = "button";
            b.textContent = c.displayName;
            if (c.company) {
                const s = document.createElement("small");
                s.textContent = " · " + c.company;
                b.appendChild(s);
            }
            b.addEventListener("click", () => choose(c.displayName));
            li.appendChild(b);
            return li;
        }));
    };

    const search = async () => {
        const term = lastTerm();
        if (term.length < 2) {
            list.replaceChildren();
            return;
        }
        if (controller) {
            controller.abort();
        }
        controller = new AbortController();
        try {
            const url = input.dataset.picker + "?search=" + encodeURIComponent(term) + "&pageSize=6";
            const response = await fetch(url, { headers: { Accept: "application/json" }, signal: controller.signal, credentials: "same-origin" });
            if (!response.ok) {
                list.replaceChildren();
                return;
            }
            const body = await response.json();
            show(Array.isArray(body.items) ? body.items : []);
        } catch {
            // Offline, aborted or no API: typing names still works.
        }
    };

    input.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(search, 150);
    });
    input.addEventListener("keydown", (e) => {
        if (e.key === "Escape") {
            list.replaceChildren();
        } else if (e.key === "ArrowDown" && list.firstElementChild) {
            e.preventDefault();
            list.querySelector("button").focus();
        }
    });
    list.addEventListener("keydown", (e) => {
        const current = document.activeElement.closest("li");
        if (e.key === "ArrowDown" && current && current.nextElementSibling) {
            e.preventDefault();
            current.nextElementSibling.querySelector("button").focus();
        } else if (e.key === "ArrowUp") {
            e.preventDefault();
            const previous = current && current.previousElementSibling;
            (previous ? previous.querySelector("button") : input).focus();
        } else if (e.key === "Escape") {
            list.replaceChildren();
            input.focus();
        }
    });
})();
