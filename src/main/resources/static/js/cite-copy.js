// The copy buttons of the cite pages: each copies a formatted reference as rich text
// (italics kept, for a word processor) and as plain text. Without script the buttons
// stay hidden and the reference is selected and copied as any text is.
(function () {
	'use strict';

	function say(button, words) {
		var status = button.parentNode.querySelector('.copy-status');
		if (status) {
			status.textContent = words;
		}
	}

	function copyBySelection(source) {
		var selection = window.getSelection();
		var range = document.createRange();
		range.selectNodeContents(source);
		selection.removeAllRanges();
		selection.addRange(range);
		var done = false;
		try {
			done = document.execCommand('copy');
		} catch (e) {
			done = false;
		}
		selection.removeAllRanges();
		return done;
	}

	function copy(button) {
		var source = document.getElementById(button.getAttribute('data-copy'));
		if (!source) {
			return;
		}
		var html = source.innerHTML;
		var text = source.textContent.replace(/\s+/g, ' ').trim();
		var fallback = function () {
			say(button, copyBySelection(source) ? 'Copied.' : 'Select the reference and copy it.');
		};
		if (navigator.clipboard && window.ClipboardItem) {
			var item = new window.ClipboardItem({
				'text/html': new Blob([html], { type: 'text/html' }),
				'text/plain': new Blob([text], { type: 'text/plain' })
			});
			navigator.clipboard.write([item]).then(function () {
				say(button, 'Copied, with its italics.');
			}, fallback);
		} else {
			fallback();
		}
	}

	var buttons = document.querySelectorAll('button.copy-reference[data-copy]');
	for (var i = 0; i < buttons.length; i++) {
		buttons[i].hidden = false;
		buttons[i].addEventListener('click', function (event) {
			copy(event.currentTarget);
		});
	}
}());
