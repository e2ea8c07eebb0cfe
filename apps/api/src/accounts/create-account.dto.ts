import { ROLES, Role } from '@dpec/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { EmailField, RequiredString } from '../common/dto-decorators';
import { FieldMessages } from '../common/messages';

export class CreateAccountDto {
  @EmailField()
  email!: string;

  @RequiredString(100, 'First name')
  firstName!: string;

  @RequiredString(100, 'Last name')
  lastName!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray({ message: 'Les rôles doivent être une liste.' })
  @ArrayMinSize(1, { message: 'Indiquez au moins un rôle.' })
  @ArrayMaxSize(ROLES.length, { message: FieldMessages.invalidValue })
  @IsIn(ROLES, { each: true, message: `Rôle inconnu : les rôles possibles sont ${ROLES.join(', ')}.` })
  roles!: Role[];
}
