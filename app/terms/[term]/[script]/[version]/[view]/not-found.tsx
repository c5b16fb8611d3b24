// A document or term that is not there is rendered on request (dynamicParams): this boundary beside the
// page lets the server send the not-found page whole, not only in the payload for the browser to render.
export { default } from '@/app/not-found';
