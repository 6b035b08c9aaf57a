// Zoom and pan for the network map (progressive enhancement: without it the map is a still picture of links).
(() => {
    const svg = document.getElementById("map");
    if (!svg) {
        return;
    }

    const start = svg.getAttribute("viewBox").split(" ").map(Number);
    let box = start.slice();
    const set = () => svg.setAttribute("viewBox", box.join(" "));
    const zoom = (factor, cx, cy) => {
        const x = cx ?? box[0] + box[2] / 2;
        const y = cy ?? box[1] + box[3] / 2;
        box = [x - (x - box[0]) * factor, y - (y - box[1]) * factor, box[2] * factor, box[3] * factor];
        set();
    };
    const point = (e) => {
        const r = svg.getBoundingClientRect();
        return [box[0] + (e.clientX - r.left) / r.width * box[2], box[1] + (e.clientY - r.top) / r.height * box[3]];
    };

    svg.addEventListener("wheel", (e) => {
        e.preventDefault();
        const [x, y] = point(e);
        zoom(e.deltaY < 0 ? 0.8 : 1.25, x, y);
    }, { passive: false });

    let drag = null;
    svg.addEventListener("pointerdown", (e) => {
        if (e.target.closest("a")) {
            return;
        }
        drag = { x: e.clientX, y: e.clientY, box: box.slice() };
        svg.setPointerCapture(e.pointerId);
    });
    svg.addEventListener("pointermove", (e) => {
        if (!drag) {
            return;
        }
        const r = svg.getBoundingClientRect();
        box[0] = drag.box[0] - (e.clientX - drag.x) / r.width * box[2];
        box[1] = drag.box[1] - (e.clientY - drag.y) / r.height * box[3];
        set();
    });
    svg.addEventListener("pointerup", () => { drag = null; });

    document.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => {
        const how = b.getAttribute("data-zoom");
        if (how === "reset") {
            box = start.slice();
            set();
        } else {
            zoom(how === "in" ? 0.7 : 1 / 0.7);
        }
    }));
    document.querySelector(".map-tools")?.removeAttribute("aria-hidden");
})();
