/* Progressive map: the list next to it is the content; this only adds a picture of it.
   Nothing is fetched from the tile server until the visitor asks for the map, and Leaflet
   itself is loaded only then. Data comes from a <script type="application/json"> in the page. */
(function () {
  "use strict";

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { element[name] = attributes[name]; });
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function loadLeaflet(container) {
    if (window.L) { return Promise.resolve(); }
    return Promise.all([
      load("link", { rel: "stylesheet", href: container.dataset.leafletCss }),
      load("script", { src: container.dataset.leafletJs })
    ]);
  }

  function draw(container, data) {
    var map = window.L.map(container, { scrollWheelZoom: false });
    window.L.tileLayer(container.dataset.tileUrl, {
      maxZoom: 18,
      attribution: container.dataset.attribution
    }).addTo(map);
    var layers = [];
    (data.markers || []).forEach(function (item) {
      var marker = window.L.marker([item.lat, item.lng], { title: item.title, alt: item.title });
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.title;
      marker.bindPopup(item.url ? link : document.createTextNode(item.title));
      layers.push(marker.addTo(map));
    });
    (data.lines || []).forEach(function (points) {
      layers.push(window.L.polyline(points, { color: "#9c3d21", weight: 4 }).addTo(map));
    });
    var bounds = window.L.featureGroup(layers).getBounds();
    if (bounds.isValid()) { map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 }); }
  }

  document.querySelectorAll("[data-map]:not([data-ready])").forEach(function (container) {
    container.dataset.ready = "true";
    var data = JSON.parse(document.getElementById(container.dataset.map).textContent);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button map__button";
    button.textContent = container.dataset.label;
    button.addEventListener("click", function () {
      button.disabled = true;
      container.classList.add("map--open");
      loadLeaflet(container).then(function () {
        button.remove();
        draw(container, data);
        // Disabling, then removing, the button took its focus away: hand it to the map
        // (Leaflet makes it focusable for keyboard panning), or keyboard and screen-reader
        // users are sent back to the top of the page.
        container.focus();
      }, function () {
        button.disabled = false;
        container.classList.remove("map--open");
        button.focus();
      });
    });
    container.appendChild(button);
  });
})();
