// The baseline page's own code, a file of its own as the server's
// Content-Security-Policy allows no inline script: hello.js finds the canvas
// through Module.canvas.
'use strict';
(function () {
  window.Module = { canvas: document.getElementById('canvas') };
  var script = document.createElement('script');
  script.src = 'hello.js';
  document.body.appendChild(script);
})();
