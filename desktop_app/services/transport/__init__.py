"""Transport: bundles and receipts over the network (docs/transport.md).

- ``protocol``: what the inbox service and the hamlet's sender agree on — paths, headers, the signed upload
  statement, the limits of what either side reads.
- ``server``: the commune's inbox service (``sothon serve``), on the standard library's HTTP server.
- ``sender``: the hamlet's side — the inbox settings, delivery with back-off, the outbox with its delivery
  state (``sothon send``, ``sothon outbox``, the window's worker).
"""
