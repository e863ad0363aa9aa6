import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { API, type Route } from '@ihaigui/shared';
import { registeredRoutes } from '../../server/src/app.factory';
import { ACCESS_KEY, type AccessRule } from '../../server/src/common/auth/access.decorators';
import { ROUTE_CONTRACT_KEY } from '../../server/src/common/contract/endpoint';
import { startTestApp, type TestApp } from './support/test-app';

const PREFIX = '/api/v1';
const CONTRACT: Route[] = Object.values(API).flatMap((feature) => Object.values(feature) as Route[]);
const key = (method: string, path: string) => `${method} ${path}`;

interface BoundMethod {
  where: string;
  route: Route | undefined;
  access: AccessRule | undefined;
  /** The DTO schema of each whole-object @Param / @Query / @Body argument. */
  args: { params?: unknown; query?: unknown; body?: unknown };
  /** Arguments that take one field (@Query('x')) instead of the whole validated object. */
  partialArgs: string[];
}

/** Every controller method that serves a route, with the contract route it declares and its argument DTOs. */
function controllerMethods(t: TestApp): BoundMethod[] {
  const found: BoundMethod[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!type) continue;
      const proto = type.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata('method', handler) === undefined) continue; // not a route handler
        const route = Reflect.getMetadata(ROUTE_CONTRACT_KEY, handler) as Route | undefined;
        const access = Reflect.getMetadata(ACCESS_KEY, handler) as AccessRule | undefined;
        const paramTypes = (Reflect.getMetadata('design:paramtypes', type.prototype, name) ?? []) as Array<{
          schema?: unknown;
        }>;
        const routeArgs = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) ?? {}) as Record<
          string,
          { index: number; data?: string }
        >;
        const args: BoundMethod['args'] = {};
        const partialArgs: string[] = [];
        for (const [argKey, arg] of Object.entries(routeArgs)) {
          const kind = Number(argKey.split(':')[0]) as RouteParamtypes;
          const slot =
            kind === RouteParamtypes.PARAM
              ? 'params'
              : kind === RouteParamtypes.QUERY
                ? 'query'
                : kind === RouteParamtypes.BODY
                  ? 'body'
                  : null;
          if (!slot) continue;
          if (arg.data !== undefined) partialArgs.push(`${slot}(${arg.data})`);
          else args[slot] = paramTypes[arg.index]?.schema;
        }
        found.push({ where: `${type.name}.${name}`, route, access, args, partialArgs });
      }
    }
  }
  return found;
}

describe('the route contract (shared/src/routes.ts) and the served routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(() => t?.close());

  it('declares each route once, with a unique id', () => {
    const keys = CONTRACT.map((r) => key(r.method, r.path));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const ids = CONTRACT.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('serves exactly the routes of the contract, both ways', () => {
    const served = new Set(
      registeredRoutes(t.app)
        .filter((r) => r.url.startsWith(`${PREFIX}/`) && r.method !== 'HEAD' && r.method !== 'OPTIONS')
        .map((r) => key(r.method, r.url.slice(PREFIX.length))),
    );
    const declared = new Set(CONTRACT.map((r) => key(r.method, r.path)));
    expect([...served].filter((s) => !declared.has(s)).sort()).toEqual([]);
    expect([...declared].filter((d) => !served.has(d)).sort()).toEqual([]);
  });

  it('binds every controller method to its contract route: arguments validated by the route’s own schemas', () => {
    const problems: string[] = [];
    for (const m of controllerMethods(t)) {
      if (!m.route) {
        problems.push(`${m.where}: no @Endpoint(route)`);
        continue;
      }
      for (const slot of ['params', 'query', 'body'] as const) {
        const declared = m.route[slot];
        const bound = m.args[slot];
        if (declared !== bound)
          problems.push(`${m.where}: ${slot} ${declared ? 'differs from' : 'is not in'} the contract`);
      }
      if (m.partialArgs.length)
        problems.push(`${m.where}: takes ${m.partialArgs.join(', ')} instead of the whole validated object`);
      if (Boolean(m.route.public) !== Boolean(m.access?.public)) problems.push(`${m.where}: public in one place only`);
      if (!m.access) problems.push(`${m.where}: no access rule`);
    }
    expect(problems).toEqual([]);
  });
});
