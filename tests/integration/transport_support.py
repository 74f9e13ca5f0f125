"""What the transport tests share: a hamlet enrolled at a commune, the commune's inbox service on loopback,
and a small TCP proxy that cuts connections where a test wants."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.domain.people import BirthDate, ResidentInput, Sex
from desktop_app.services import exchange, register
from desktop_app.services.transport.server import InboxService, Limits
from desktop_app.storage.models import ReceivedBundle


def add_household(app, number: str, head: str) -> None:
    with app.uow() as uow:
        register.add_household(uow, number=number, address="Xóm 3", head=ResidentInput(
            full_name=head, birth_date=BirthDate(1970, 5, 4), sex=Sex.MALE))
        uow.commit()


def export(hamlet, tmp_path: Path) -> dict:
    return exchange.export_bundle(hamlet, out_dir=tmp_path / "outbox-files")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_service(commune, port: int = 0, **limits) -> InboxService:
    service = InboxService(commune, host="127.0.0.1", port=port, limits=Limits(**limits))
    service.start()
    return service


def imported_count(commune, sha256: str | None = None) -> int:
    with commune.uow() as uow:
        query = select(func.count()).select_from(ReceivedBundle).where(ReceivedBundle.status == "imported")
        if sha256 is not None:
            query = query.where(ReceivedBundle.sha256 == sha256)
        return uow.session.scalar(query)


class CuttingProxy:
    """Forwards loopback TCP to ``target``; ``cut_request_after`` bytes of the request (then the connection
    ends), or ``cut_response_after`` bytes of the answer. ``cuts`` counts the connections it cut."""

    def __init__(self, target: tuple[str, int], *, cut_request_after: int | None = None,
                 cut_response_after: int | None = None) -> None:
        self.target = target
        self.cut_request_after = cut_request_after
        self.cut_response_after = cut_response_after
        self.cuts = 0
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.running = False
        self.listener.close()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(self.target)
        done = threading.Event()

        def pump(src: socket.socket, dst: socket.socket, limit: int | None) -> None:
            sent = 0
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    if limit is not None and sent + len(data) >= limit:
                        dst.sendall(data[: max(0, limit - sent)])
                        self.cuts += 1
                        break
                    dst.sendall(data)
                    sent += len(data)
            except OSError:
                pass
            finally:
                done.set()

        up = threading.Thread(target=pump, args=(client, upstream, self.cut_request_after), daemon=True)
        down = threading.Thread(target=pump, args=(upstream, client, self.cut_response_after), daemon=True)
        up.start()
        down.start()
        done.wait(30)
        if self.cut_request_after is not None or self.cut_response_after is not None:
            for s in (client, upstream):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        down.join(30)
        for s in (client, upstream):
            s.close()
