// A paged reading view: an address whose fragment names an anchor that another page holds
// (an old "#p123" link, a bookmark) goes to the page that holds it. The server answers
// "?at=p123" with a redirect to that page; without script, the "Go to a passage" form
// on every page asks the same.
(function () {
	'use strict';

	function goToAnchor() {
		var id;
		try {
			id = decodeURIComponent(window.location.hash.slice(1));
		} catch (e) {
			return;
		}
		if (!id || document.getElementById(id)) {
			return;
		}
		var url = new URL(window.location.href);
		url.searchParams.delete('page');
		url.searchParams.set('at', id);
		url.hash = '';
		window.location.replace(url.toString());
	}

	goToAnchor();
	window.addEventListener('hashchange', goToAnchor);
}());
