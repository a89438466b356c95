// Reads a QR code with the phone's camera where the browser offers BarcodeDetector (Chrome on
// Android); elsewhere the page's text field is the way in.
import { Button, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorCtor = new (o: { formats: string[] }) => Detector;
const DetectorClass = (globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;

export function QrScanner({ onCode }: { onCode: (raw: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const last = useRef<{ raw: string; at: number } | null>(null);
  useEffect(() => {
    if (!on || !DetectorClass) return;
    const detector = new DetectorClass({ formats: ["qr_code"] });
    let stream: MediaStream | null = null;
    let timer = 0;
    void navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then((s) => {
      stream = s;
      if (!video.current) return;
      video.current.srcObject = s;
      void video.current.play();
      timer = window.setInterval(async () => {
        if (!video.current) return;
        const [hit] = await detector.detect(video.current).catch(() => []);
        if (!hit) return;
        const now = Date.now();
        // The same code held in front of the camera is read once every few seconds, not per frame.
        if (last.current?.raw === hit.rawValue && now - last.current.at < 4000) return;
        last.current = { raw: hit.rawValue, at: now };
        onCode(hit.rawValue);
      }, 400);
    });
    return () => {
      window.clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on, onCode]);
  if (!DetectorClass)
    return (
      <Text size="sm" c="dimmed">
        {t("training.engagement.checkInPage.noCamera")}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Button variant={on ? "default" : "filled"} onClick={() => setOn((v) => !v)}>
        {on ? t("training.engagement.checkInPage.stopScan") : t("training.engagement.checkInPage.scan")}
      </Button>
      {on ? <video ref={video} muted playsInline style={{ width: "100%", borderRadius: 8 }} /> : null}
    </Stack>
  );
}
