import type { z } from 'zod';

/**
 * The route contract: every endpoint of /api/v1 is declared once, here in shared/, with its method, path, path
 * parameters, query, body and response. The server binds its controller methods to these declarations
 * (`@Endpoint(route)`, checked against Fastify's route table by a test) and the mini-app calls endpoints through them
 * (`callApi(route, input)`), so a path, a body type or a response shape cannot drift between the two.
 *
 * A small helper of our own rather than ts-rest or a generated client: the server already validates with nestjs-zod
 * DTOs made from the same zod schemas, the mini-app already checks every response with them, and neither side needs
 * another runtime or a build step to stay in step.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a 2xx answer carries: JSON checked by a schema, nothing (204 No Content), or a file download. */
export type RouteResponse = z.ZodType | 'noContent' | 'file';

/** One endpoint, as written in a feature's `*.routes.ts`. */
export interface RouteSpec {
  method: HttpMethod;
  /** Below /api/v1, with `:name` path parameters: '/finance/:id/contact-requests'. */
  path: string;
  /** One line for the API documentation. */
  summary: string;
  /** Open to anyone, signed in or not: the server skips authentication and the client sends no token. */
  public?: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  /** A JSON body. */
  body?: z.ZodType;
  /** A multipart upload of one file in this form field (instead of a JSON body). */
  upload?: { field: string };
  response: RouteResponse;
  /** The 2xx status; by default 201 for POST, 204 when nothing comes back, else 200. */
  status?: 200 | 201 | 202 | 204;
}

/** A declared endpoint: its spec plus the name it is known by ('finance.list'). */
export type Route<S extends RouteSpec = RouteSpec> = S & { readonly id: string };

/** A feature's endpoints by name; each gets its id `${feature}.${name}`. */
export function defineRoutes<const T extends Record<string, RouteSpec>>(
  feature: string,
  specs: T,
): { [K in keyof T]: Route<T[K]> } {
  const routes = {} as { [K in keyof T]: Route<T[K]> };
  for (const name of Object.keys(specs) as (keyof T & string)[]) {
    routes[name] = { ...specs[name], id: `${feature}.${name}` } as Route<T[typeof name]>;
  }
  return routes;
}

/** The status of a 2xx answer to this route. */
export function successStatus(route: RouteSpec): number {
  if (route.status) return route.status;
  if (route.response === 'noContent') return 204;
  return route.method === 'POST' ? 201 : 200;
}

/** The names of a path's `:name` parameters, in order. */
export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
}

/** The path with its parameters filled in (URL-encoded); a missing parameter is a programming error. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new Error(`path parameter ${name} missing for ${path}`);
    if (value === '') throw new Error(`path parameter ${name} missing for ${path}`);
    return encodeURIComponent(String(value));
  });
}

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

/** What a caller passes for a route: params, query and body where the route has them. */
export type RouteInput<R extends RouteSpec> = (R['params'] extends z.ZodType
  ? { params: InputOf<R['params']> }
  : { params?: never }) &
  (R['query'] extends z.ZodType ? { query?: InputOf<R['query']> } : { query?: never }) &
  (R['body'] extends z.ZodType ? { body: InputOf<R['body']> } : { body?: never });

/** What a 2xx answer to a route resolves to (files: see the client's download type). */
export type RouteOutput<R extends RouteSpec> = R['response'] extends z.ZodType
  ? z.output<R['response']>
  : R['response'] extends 'noContent'
    ? void
    : unknown;
