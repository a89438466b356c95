// Turns a video frame into the text of the QR code it shows, or null. BarcodeDetector when the
// browser has one; otherwise jsQR on a downscaled canvas copy of the frame (loaded on first use so
// the check-in page does not carry it until the camera is switched on).

export type FrameDecoder = (frame: HTMLVideoElement) => Promise<string | null>;

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorCtor = {
  new (o: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
};

// Frames are read at most this wide: enough for a code held up to the camera, cheap on a phone.
const MAX_WIDTH = 640;

async function nativeDecoder(): Promise<FrameDecoder | null> {
  const Ctor = (globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
  if (!Ctor) return null;
  const formats = (await Ctor.getSupportedFormats?.().catch(() => [])) ?? ["qr_code"];
  if (!formats.includes("qr_code")) return null;
  const detector = new Ctor({ formats: ["qr_code"] });
  return async (frame) => (await detector.detect(frame))[0]?.rawValue ?? null;
}

async function scriptDecoder(): Promise<FrameDecoder> {
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("no 2d canvas");
  return async (frame) => {
    const scale = Math.min(1, MAX_WIDTH / (frame.videoWidth || MAX_WIDTH));
    canvas.width = Math.max(1, Math.round(frame.videoWidth * scale));
    canvas.height = Math.max(1, Math.round(frame.videoHeight * scale));
    context.drawImage(frame, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" })?.data ?? null;
  };
}

export async function openDecoder(): Promise<FrameDecoder> {
  return (await nativeDecoder()) ?? (await scriptDecoder());
}
