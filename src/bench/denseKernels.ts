// The dense-layer kernels of the hand-written GAN (referenceGan.ts). W is row-major [in, out] at
// p[wOff], the bias at p[bOff]; activations are row-major [n, size]. Four rows at a time share each
// weight load and give four independent sums (a single running sum is bound by the latency of one add
// per term).

/** out[r, j] = b[j] + Σ_i src[r, i] · W[i, j], for rows r < n (src rows start at srcOff). */
export function denseForward(
  src: Float32Array,
  srcOff: number,
  inSize: number,
  p: Float32Array,
  wOff: number,
  bOff: number,
  outSize: number,
  out: Float32Array,
  n: number,
): void {
  let r = 0;
  for (; r + 4 <= n; r += 4) {
    const s0 = srcOff + r * inSize,
      s1 = s0 + inSize,
      s2 = s1 + inSize,
      s3 = s2 + inSize;
    const o0 = r * outSize,
      o1 = o0 + outSize,
      o2 = o1 + outSize,
      o3 = o2 + outSize;
    for (let j = 0; j < outSize; j++) {
      const b = p[bOff + j];
      let a0 = b,
        a1 = b,
        a2 = b,
        a3 = b;
      for (let i = 0, w = wOff + j; i < inSize; i++, w += outSize) {
        const wv = p[w];
        a0 += src[s0 + i] * wv;
        a1 += src[s1 + i] * wv;
        a2 += src[s2 + i] * wv;
        a3 += src[s3 + i] * wv;
      }
      out[o0 + j] = a0;
      out[o1 + j] = a1;
      out[o2 + j] = a2;
      out[o3 + j] = a3;
    }
  }
  for (; r < n; r++) {
    const s0 = srcOff + r * inSize,
      o0 = r * outSize;
    for (let j = 0; j < outSize; j++) {
      let a0 = p[bOff + j];
      for (let i = 0, w = wOff + j; i < inSize; i++, w += outSize) a0 += src[s0 + i] * p[w];
      out[o0 + j] = a0;
    }
  }
}

/** g[W] += Σ_r src[r, i] · delta[r, j] and g[b] += Σ_r delta[r, j], for rows r < n. */
export function denseParamGrad(
  src: Float32Array,
  srcOff: number,
  inSize: number,
  delta: Float32Array,
  outSize: number,
  g: Float32Array,
  wOff: number,
  bOff: number,
  n: number,
): void {
  const n4 = n - (n % 4),
    stride4 = 4 * outSize,
    inStride4 = 4 * inSize;
  for (let j = 0; j < outSize; j++) {
    let a0 = 0,
      a1 = 0,
      a2 = 0,
      a3 = 0;
    let o = j;
    for (let r = 0; r < n4; r += 4, o += stride4) {
      a0 += delta[o];
      a1 += delta[o + outSize];
      a2 += delta[o + 2 * outSize];
      a3 += delta[o + 3 * outSize];
    }
    for (let r = n4; r < n; r++, o += outSize) a0 += delta[o];
    g[bOff + j] += a0 + a1 + a2 + a3;
  }
  for (let i = 0; i < inSize; i++) {
    for (let j = 0; j < outSize; j++) {
      let a0 = 0,
        a1 = 0,
        a2 = 0,
        a3 = 0;
      let s = srcOff + i,
        o = j;
      for (let r = 0; r < n4; r += 4, s += inStride4, o += stride4) {
        a0 += src[s] * delta[o];
        a1 += src[s + inSize] * delta[o + outSize];
        a2 += src[s + 2 * inSize] * delta[o + 2 * outSize];
        a3 += src[s + 3 * inSize] * delta[o + 3 * outSize];
      }
      for (let r = n4; r < n; r++, s += inSize, o += outSize) a0 += src[s] * delta[o];
      g[wOff + i * outSize + j] += a0 + a1 + a2 + a3;
    }
  }
}

/** dst[r, i] = Σ_j delta[r, j] · W[i, j], for rows r < n. */
export function denseInputGrad(
  delta: Float32Array,
  outSize: number,
  p: Float32Array,
  wOff: number,
  inSize: number,
  dst: Float32Array,
  n: number,
): void {
  let r = 0;
  for (; r + 4 <= n; r += 4) {
    const o0 = r * outSize,
      o1 = o0 + outSize,
      o2 = o1 + outSize,
      o3 = o2 + outSize;
    const d0 = r * inSize;
    for (let i = 0; i < inSize; i++) {
      let a0 = 0,
        a1 = 0,
        a2 = 0,
        a3 = 0;
      for (let j = 0, w = wOff + i * outSize; j < outSize; j++, w++) {
        const wv = p[w];
        a0 += delta[o0 + j] * wv;
        a1 += delta[o1 + j] * wv;
        a2 += delta[o2 + j] * wv;
        a3 += delta[o3 + j] * wv;
      }
      dst[d0 + i] = a0;
      dst[d0 + inSize + i] = a1;
      dst[d0 + 2 * inSize + i] = a2;
      dst[d0 + 3 * inSize + i] = a3;
    }
  }
  for (; r < n; r++) {
    const o0 = r * outSize,
      d0 = r * inSize;
    for (let i = 0; i < inSize; i++) {
      let a0 = 0;
      for (let j = 0, w = wOff + i * outSize; j < outSize; j++, w++) a0 += delta[o0 + j] * p[w];
      dst[d0 + i] = a0;
    }
  }
}
