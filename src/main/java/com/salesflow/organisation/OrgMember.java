package com.salesflow.organisation;

/** A person's place in the sales organisation: whom they report to and which team they are in. */
public record OrgMember(String userId, String supervisorId, String teamId) {}
