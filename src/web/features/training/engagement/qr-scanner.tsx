// Reads a participant's QR with the device's camera: the browser's own BarcodeDetector where it
// has one (Chrome on Android), else a JavaScript decoder loaded on first use (laptops with a
// webcam, Windows and Linux browsers). Browsers open the camera only on HTTPS or localhost; on an
// office server reached over plain HTTP the page says so and the text field is the way in.
import { Button, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FrameDecoder, openDecoder } from "./qr-decoder";

const cameraReachable = () => window.isSecureContext && Boolean(navigator.mediaDevices?.getUserMedia);

export function QrScanner({ onCode }: { onCode: (raw: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  const last = useRef<{ raw: string; at: number } | null>(null);
  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const start = async () => {
      const decoder: FrameDecoder = await openDecoder();
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      if (stopped || !video.current) return;
      video.current.srcObject = stream;
      await video.current.play();
      timer = window.setInterval(async () => {
        if (!video.current || video.current.readyState < 2) return;
        const raw = await decoder(video.current).catch(() => null);
        if (!raw) return;
        const now = Date.now();
        // The same code held in front of the camera is read once every few seconds, not per frame.
        if (last.current?.raw === raw && now - last.current.at < 4000) return;
        last.current = { raw, at: now };
        onCode(raw);
      }, 300);
    };
    start().catch(() => {
      setFailed(true);
      setOn(false);
    });
    return () => {
      stopped = true;
      window.clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on, onCode]);
  if (!cameraReachable())
    return (
      <Text size="sm" c="dimmed" data-testid="camera-unavailable">
        {t("training.engagement.checkInPage.noCamera")}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Button
        variant={on ? "default" : "filled"}
        onClick={() => {
          setFailed(false);
          setOn((v) => !v);
        }}
      >
        {on ? t("training.engagement.checkInPage.stopScan") : t("training.engagement.checkInPage.scan")}
      </Button>
      {failed ? (
        <Text size="sm" c="red" data-testid="camera-failed">
          {t("training.engagement.checkInPage.cameraFailed")}
        </Text>
      ) : null}
      {on ? (
        <video
          ref={video}
          muted
          playsInline
          data-testid="camera-view"
          style={{ width: "100%", borderRadius: 8 }}
        />
      ) : null}
    </Stack>
  );
}
