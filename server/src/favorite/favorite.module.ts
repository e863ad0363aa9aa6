import { Module } from '@nestjs/common';
import { FavoriteRepository } from './favorite.repository';
import { FavoriteService } from './favorite.service';

/** Bookmarks; the policy and position features use them through FavoriteService. */
@Module({ providers: [FavoriteRepository, FavoriteService], exports: [FavoriteService] })
export class FavoriteModule {}
