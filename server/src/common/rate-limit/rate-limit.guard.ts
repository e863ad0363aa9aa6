import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppException } from '../errors/app.exception';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { RATE_LIMIT_KEY, type RateLimitRule, RateLimitStore } from './rate-limit';

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<RateLimitRule | undefined>(RATE_LIMIT_KEY, context.getHandler());
    if (!rule) return true;
    const { name, cost } = rule;
    const perMinute = this.config.rateLimits[name];
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const result = await this.store.hit(`${name}:${request.ip}`, 60, perMinute, cost);
    if (!result.allowed) {
      http.getResponse<FastifyReply>().header('retry-after', String(result.retryAfterSeconds));
      throw new AppException('RATE_LIMITED', 429, `${name} limit`);
    }
    return true;
  }
}
