package com.salesflow.lead;

/** For one owner: how many decided leads they had and how many they answered in time. */
record ResponseCount(String ownerId, String teamId, long leads, long answeredInTime) {}
