/* Runs before the task pane, in any webview Office may use, so it is ES5 and copied as it is (not
   bundled, not minified: webpack.config.js). Office 2019 under a volume licence shows add-ins with
   Internet Explorer 11's engine (Trident); Office 2019 bought outright without the WebView2 runtime,
   and Microsoft 365 on Windows 10 without it, use Microsoft Edge Legacy's (EdgeHTML). Neither runs
   the pane, which would stay blank; this shows why instead. Source: Microsoft, "Browsers and webview
   controls used by Office Add-ins" and "Support older Microsoft webviews and Office versions"
   (which recommends detecting them by navigator.userAgent). */
(function () {
  var userAgent = window.navigator.userAgent || "";
  var why;
  if (userAgent.indexOf("Trident/") !== -1) {
    why = "This Excel shows add-ins with Internet Explorer 11's engine, which cannot run this add-in.";
  } else if (/ Edge\/\d/.test(userAgent)) {
    // EdgeHTML says "Edge/18..."; Chromium-based Edge and WebView2 say "Edg/".
    why = "This Excel shows add-ins with the engine of Microsoft Edge Legacy, which cannot run this add-in.";
  } else if (
    typeof Array.prototype.at !== "function" ||
    typeof Object.hasOwn !== "function" ||
    typeof Promise === "undefined"
  ) {
    // The pane is built for ES2022 (tsconfig.json); an engine without these fails on its first line.
    why = "This Excel shows add-ins with a web engine too old to run this add-in.";
  }
  if (!why) return;
  var container = document.getElementById("container");
  // Without its container the pane renders nothing over this message (src/taskpane/index.tsx).
  if (container && container.parentNode) container.parentNode.removeChild(container);
  var message = document.getElementById("unsupported");
  var reason = document.getElementById("unsupported-why");
  if (reason) reason.appendChild(document.createTextNode(why));
  if (message) message.removeAttribute("hidden");
})();
