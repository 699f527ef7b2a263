/**
 * Reads QR codes from the device camera: the browser's BarcodeDetector where it has one (Chrome on
 * Android), else jsQR on frames drawn to a canvas (loaded only when needed). Cameras need HTTPS or
 * localhost; without one the check-in screen falls back to typing the code.
 */
interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorClass = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
};

export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia && window.isSecureContext;
}

export async function startScanner(
  video: HTMLVideoElement,
  onCode: (text: string) => void,
): Promise<() => void> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'environment', width: { ideal: 1280 } },
    audio: false,
  });
  video.srcObject = stream;
  video.setAttribute('playsinline', 'true');
  await video.play();

  let detector: Detector | undefined;
  const Native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      if ((await Native.getSupportedFormats()).includes('qr_code'))
        detector = new Native({ formats: ['qr_code'] });
    } catch {
      detector = undefined;
    }
  }
  const jsQR = detector ? undefined : (await import('jsqr')).default;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let last = '';
  let lastAt = 0;
  let stopped = false;

  const tick = async () => {
    if (stopped) return;
    try {
      let text: string | undefined;
      if (video.readyState >= 2) {
        if (detector) text = (await detector.detect(video))[0]?.rawValue;
        else if (jsQR && context) {
          const scale = Math.min(1, 640 / (video.videoWidth || 640));
          canvas.width = Math.round((video.videoWidth || 640) * scale);
          canvas.height = Math.round((video.videoHeight || 480) * scale);
          context.drawImage(video, 0, 0, canvas.width, canvas.height);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          text = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
        }
      }
      // The same code held in front of the camera is one scan, not one per frame.
      if (text && (text !== last || Date.now() - lastAt > 4_000)) {
        last = text;
        lastAt = Date.now();
        onCode(text);
      }
    } catch {
      // A frame that could not be read: try the next one.
    }
    if (!stopped) setTimeout(tick, 200);
  };
  void tick();

  return () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
}
