// Drag and drop on the dashboard grid, with pointer events (mouse, pen, touch). Dropping a session on a cell asks
// the server which conflicts the move would bring; without any it is saved, otherwise the organiser decides.
// Sessions of the tray (not placed yet) are dragged the same way and take the duration their form gives.
// Every card and tray item also has a form, so moving works with the keyboard and without JavaScript.
(function () {
  'use strict';
  const grid = document.querySelector('.grid');
  if (!grid) {
    return;
  }
  const csrfToken = document.querySelector('meta[name="_csrf"]').content;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
  const day = grid.dataset.day;
  const warning = document.getElementById('move-warning');
  const moveForm = document.getElementById('move-form');
  const lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
  let dragging = null;
  let target = null;

  function cellAt(x, y) {
    return document.elementsFromPoint(x, y).find(function (el) { return el.classList.contains('cell'); }) || null;
  }

  function mark(cell) {
    if (target) { target.classList.remove('target'); }
    target = cell;
    if (target) { target.classList.add('target'); }
  }

  function submitMove(sessionId, roomId, start, duration) {
    moveForm.action = '/dashboard/sessions/' + encodeURIComponent(sessionId) + '/move';
    moveForm.elements.roomId.value = roomId;
    moveForm.elements.day.value = day;
    moveForm.elements.start.value = start;
    moveForm.elements.duration.disabled = !duration;
    moveForm.elements.duration.value = duration || '';
    moveForm.submit();
  }

  // the conflict in the page's language; the API's English words follow when they differ, as a reference
  function conflictItem(conflict) {
    const item = document.createElement('li');
    item.textContent = conflict.text;
    if (lang !== 'en' && conflict.message && conflict.message !== conflict.text) {
      const reference = document.createElement('span');
      reference.lang = 'en';
      reference.className = 'hint';
      reference.textContent = ' (' + conflict.message + ')';
      item.appendChild(reference);
    }
    return item;
  }

  function showWarning(conflicts, sessionId, roomId, start, duration) {
    const list = warning.querySelector('ul');
    list.replaceChildren();
    conflicts.forEach(function (conflict) { list.appendChild(conflictItem(conflict)); });
    warning.hidden = false;
    warning.querySelector('.confirm').onclick = function () { submitMove(sessionId, roomId, start, duration); };
    warning.querySelector('.cancel').onclick = function () { warning.hidden = true; };
    warning.focus();
  }

  function preview(sessionId, roomId, start, duration) {
    const headers = { 'Content-Type': 'application/json' };
    headers[csrfHeader] = csrfToken;
    const move = { roomId: roomId, day: day, start: start };
    if (duration) {
      move.duration = parseInt(duration, 10);
    }
    fetch('/dashboard/sessions/' + encodeURIComponent(sessionId) + '/preview?lang=' + lang, {
      method: 'POST', headers: headers, body: JSON.stringify(move)
    }).then(function (response) {
      // the session went meanwhile (another organiser): show the grid as it is now
      if (!response.ok) {
        window.location.reload();
        return null;
      }
      return response.json();
    }).then(function (result) {
      if (!result) {
        return;
      }
      if (result.conflicts.length === 0) {
        submitMove(sessionId, roomId, start, duration);
      } else {
        showWarning(result.conflicts, sessionId, roomId, start, duration);
      }
    });
  }

  document.addEventListener('pointerdown', function (event) {
    const card = event.target.closest('.card, .tray-item');
    if (!card || event.target.closest('details, form')) {
      return;
    }
    dragging = card;
    card.classList.add('dragging');
    card.style.pointerEvents = 'none';
    event.preventDefault();
  });

  document.addEventListener('pointermove', function (event) {
    if (dragging) {
      mark(cellAt(event.clientX, event.clientY));
    }
  });

  document.addEventListener('pointerup', function (event) {
    if (!dragging) {
      return;
    }
    const card = dragging;
    dragging = null;
    card.classList.remove('dragging');
    card.style.pointerEvents = '';
    const cell = cellAt(event.clientX, event.clientY);
    mark(null);
    if (cell) {
      const duration = card.classList.contains('tray-item')
        ? card.querySelector('input[name="duration"]').value : null;
      preview(card.dataset.session, cell.dataset.room, cell.dataset.time, duration);
    }
  });
}());
