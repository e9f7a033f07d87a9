"""The 联网 menu's actions, kept out of the check-in page: host, join, connection test."""

from __future__ import annotations

from ceremony.sync import ROLE_DESK, host_url_of, local_addresses, role_of
from ui.sync.host_dialog import HostDialog
from ui.sync.join_dialog import JoinDialog
from ui.sync.setup_dialog import SetupDialog


def open_host_dialog(parent, controller) -> HostDialog:
    dialog = HostDialog(controller, parent)
    dialog.show()
    return dialog


def open_join_dialog(parent, controller) -> JoinDialog | None:
    """Join a host; a desk's own file is joined again in place (after being removed), another file opens."""
    event = controller.ctx.event
    dialog = JoinDialog(event.checkin.desk_name(), event.path.parent, parent)
    if role_of(event) == ROLE_DESK:
        dialog.url_edit.setText(host_url_of(event))
        dialog.file_edit.setText(str(event.path))
    if dialog.exec() != JoinDialog.Accepted or dialog.joined_path is None:
        return None
    if dialog.joined_path == event.path:
        controller.stop_client()
        controller.start()
    else:
        window = parent.window()
        if hasattr(window, "open_event_path"):
            window.open_event_path(str(dialog.joined_path))
    return dialog


def open_setup_dialog(parent, controller) -> SetupDialog:
    event = controller.ctx.event
    if controller.server is not None:
        addresses = controller.server.urls
    elif host_url_of(event):
        addresses = [host_url_of(event)]
    else:
        addresses = [f"https://{a}:8443" for a in local_addresses()[:1]]
    dialog = SetupDialog(addresses, parent)
    dialog.show()
    return dialog
