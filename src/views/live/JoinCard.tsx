// How phones join, for the shared screen: a QR code that opens the phone page with the code
// filled in, the short address to type, and the join code in large letters.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

import type { HostRoom } from '../../sync/memory';
import { JOIN_PAGE_PATH } from '../../sync/protocol';

export function JoinCard({ room, addresses }: { readonly room: HostRoom; readonly addresses: readonly string[] }) {
  // Phones need this machine's address on the room's network; with none, only this machine can join.
  const origin = addresses[0] ?? window.location.origin;
  const url = `${origin}${JOIN_PAGE_PATH}#code=${room.joinCode}`;
  const short = `${new URL(origin).host}${JOIN_PAGE_PATH}`;
  const [qr, setQr] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void QRCode.toDataURL(url, { margin: 1, width: 280, errorCorrectionLevel: 'M' }).then((data) => live && setQr(data));
    return () => {
      live = false;
    };
  }, [url]);

  return (
    <div className="live-join" data-testid="live-join">
      {qr !== null && <img src={qr} alt={`QR code for ${url}`} width={280} height={280} data-testid="live-qr" />}
      <p className="live-address">
        Or open <strong data-testid="live-address">{short}</strong>
      </p>
      <p className="live-code">
        and type the code <strong data-testid="live-join-code">{room.joinCode}</strong>
      </p>
      {addresses.length === 0 && <p role="alert">This computer is on no local network: connect it to the room’s Wi-Fi so phones can join.</p>}
    </div>
  );
}
