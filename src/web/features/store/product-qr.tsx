// A QR code of the product link, drawn by the `qrcode` package loaded only when the page shows it.
import { Image, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";

export function ProductQr({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import("qrcode").then((qr) =>
      qr.toDataURL(url, { margin: 1, width: 220, errorCorrectionLevel: "M" }).then((data) => {
        if (live) setSrc(data);
      }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <Stack gap={2} align="center">
      {src ? (
        <Image src={src} alt={label} w={110} h={110} data-testid="product-qr" />
      ) : (
        <div style={{ width: 110, height: 110 }} />
      )}
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
